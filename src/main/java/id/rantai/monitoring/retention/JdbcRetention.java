package id.rantai.monitoring.retention;

import id.rantai.monitoring.retention.ReadingRetention.Old;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raw readings the retention policy looks at and removes, and the trips it has finished with. */
@Repository
class JdbcRetention {
    /** A reading's key, its time as the database gave it so that it matches to the microsecond. */
    record ReadingKey(Object deviceTime, Object sealId, long sequence) {}

    private final JdbcClient jdbc;

    JdbcRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Trips with readings older than {@code cutoff} that are not yet thinned for good. */
    List<UUID> tripsWithReadingsBefore(Instant cutoff) {
        return jdbc.sql("""
                SELECT DISTINCT trip_id FROM telemetry_reading
                WHERE device_time < ? AND trip_id IS NOT NULL
                AND trip_id NOT IN (SELECT trip_id FROM reading_thinned_trip)""").param(SqlTime.of(cutoff)).query(UUID.class).list();
    }

    /** A trip's readings older than {@code cutoff}, oldest first. */
    List<Old> readingsBefore(UUID tripId, Instant cutoff) {
        return jdbc.sql("""
                SELECT seal_id, device_time, sequence, fix_valid, lock_state, events, unlock_method, rfid_card,
                reported_time FROM telemetry_reading WHERE trip_id = ? AND device_time < ? ORDER BY device_time, sequence""")
                .params(tripId, SqlTime.of(cutoff))
                .query((rs, i) -> new Old(
                        (UUID) rs.getObject("seal_id"),
                        SqlTime.instant(rs, "device_time"),
                        rs.getLong("sequence"),
                        rs.getBoolean("fix_valid"),
                        rs.getString("lock_state"),
                        rs.getInt("events"),
                        rs.getString("unlock_method"),
                        rs.getString("rfid_card"),
                        rs.getObject("reported_time") != null))
                .list();
    }

    boolean hasReadingsSince(UUID tripId, Instant cutoff) {
        return Boolean.TRUE.equals(
                jdbc.sql("SELECT COUNT(*) > 0 FROM telemetry_reading WHERE trip_id = ? AND device_time >= ?")
                        .params(tripId, SqlTime.of(cutoff))
                        .query(Boolean.class)
                        .single());
    }

    /** Remembers that a finished trip has nothing left to thin. */
    void markThinned(UUID tripId, Instant at) {
        jdbc.sql("INSERT INTO reading_thinned_trip (trip_id, thinned_at) VALUES (?, ?)")
                .params(tripId, SqlTime.of(at))
                .update();
    }

    /** Up to a thousand keys of readings on no trip older than {@code cutoff}. */
    List<ReadingKey> withoutTripBefore(Instant cutoff) {
        return jdbc.sql("""
                SELECT device_time, seal_id, sequence FROM telemetry_reading
                WHERE trip_id IS NULL AND device_time < ? FETCH FIRST 1000 ROWS ONLY""")
                .param(SqlTime.of(cutoff))
                .query((rs, i) ->
                        new ReadingKey(rs.getObject("device_time"), rs.getObject("seal_id"), rs.getLong("sequence")))
                .list();
    }

    void delete(ReadingKey k) {
        jdbc.sql("DELETE FROM telemetry_reading WHERE device_time = ? AND seal_id = ? AND sequence = ?")
                .params(k.deviceTime(), k.sealId(), k.sequence())
                .update();
    }
}
