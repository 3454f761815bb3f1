package id.rantai.monitoring.ingest;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.UnlockMethod;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * Readings on disk, written in JDBC batches. A reading already stored (same seal, device time and
 * sequence) is skipped by the database itself, so a retried or replayed batch never stores twice:
 * PostgreSQL with {@code ON CONFLICT DO NOTHING}, H2 with an equivalent {@code NOT EXISTS} guard.
 */
@Repository
public class JdbcReadings {
    private static final String COLUMNS = "seal_id, device_time, sequence, trip_id, received_at, latitude, longitude, "
            + "altitude, accuracy, fix_valid, speed_kmh, heading, battery_percent, lock_state, events, unlock_method, rfid_card, "
            + "reported_time, commit_no";

    private final JdbcTemplate jdbc;
    private final String insert;
    private final boolean postgres;

    JdbcReadings(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        this.postgres = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        this.insert = postgres
                ? "INSERT INTO telemetry_reading (" + COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"
                : "INSERT INTO telemetry_reading (" + COLUMNS
                        + ") SELECT ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,? FROM DUAL "
                        + "WHERE NOT EXISTS (SELECT 1 FROM telemetry_reading WHERE seal_id = ? AND device_time = ? AND sequence = ?)";
    }

    /**
     * Inserts the readings in one batch (the caller's transaction) and says which were new.
     *
     * @param tripIds  the trip each reading belongs to (null when its seal is on no active trip)
     * @param commitNo the number of the group commit that stores them
     */
    public boolean[] insert(List<Reading> readings, List<UUID> tripIds, long commitNo) {
        int[][] counts = jdbc.batchUpdate(
                insert,
                indices(readings.size()),
                1000,
                (ps, idx) -> bind(ps, readings.get(idx), tripIds.get(idx), commitNo));
        boolean[] stored = new boolean[readings.size()];
        int i = 0;
        for (int[] chunk : counts) {
            for (int c : chunk) {
                // Drivers that rewrite batches report SUCCESS_NO_INFO (-2): counted as stored, since the
                // in-memory duplicate check has already filtered the batch and the database still
                // refuses duplicates.
                stored[i++] = c != 0;
            }
        }
        return stored;
    }

    private static List<Integer> indices(int n) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return List.of(a);
    }

    private void bind(PreparedStatement ps, Reading r, @Nullable UUID tripId, long commitNo) throws SQLException {
        ps.setObject(1, r.sealId());
        ps.setObject(2, SqlTime.of(r.deviceTime()));
        ps.setLong(3, r.sequence());
        ps.setObject(4, tripId);
        ps.setObject(5, SqlTime.of(r.receivedAt()));
        setDouble(ps, 6, r.latitude());
        setDouble(ps, 7, r.longitude());
        setDouble(ps, 8, r.altitude());
        setDouble(ps, 9, r.accuracy());
        ps.setBoolean(10, r.fixValid());
        setDouble(ps, 11, r.speedKmh());
        setDouble(ps, 12, r.heading());
        if (r.batteryPercent() < 0) {
            ps.setNull(13, Types.INTEGER);
        } else {
            ps.setInt(13, r.batteryPercent());
        }
        ps.setString(14, r.lockState().name());
        ps.setInt(15, r.events());
        ps.setString(16, r.unlockMethod() == null ? null : r.unlockMethod().name());
        ps.setString(17, r.rfidCard());
        ps.setObject(18, r.reportedTime() == null ? null : SqlTime.of(r.reportedTime()));
        ps.setLong(19, commitNo);
        if (!postgres) {
            ps.setObject(20, r.sealId());
            ps.setObject(21, SqlTime.of(r.deviceTime()));
            ps.setLong(22, r.sequence());
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    /**
     * The newest readings of a trip that the rules have evaluated, oldest first: replayed into its
     * monitor after a restart.
     */
    public List<Reading> latestOfTrip(UUID tripId, int limit, long evaluatedThrough) {
        List<Reading> newestFirst = jdbc.query("""
                SELECT * FROM telemetry_reading WHERE trip_id = ? AND (commit_no IS NULL OR commit_no <= ?)
                ORDER BY device_time DESC LIMIT ?""", JdbcReadings::row, tripId, evaluatedThrough, limit);
        List<Reading> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A reading and the group commit that stored it. */
    public record Committed(Reading reading, long commitNo) {}

    /** A trip's readings stored by commits after {@code evaluatedThrough}: the rules have yet to see them. */
    public List<Committed> notEvaluatedOfTrip(UUID tripId, long evaluatedThrough) {
        return jdbc.query(
                "SELECT * FROM telemetry_reading WHERE trip_id = ? AND commit_no > ? ORDER BY device_time",
                (rs, n) -> new Committed(row(rs, n), rs.getLong("commit_no")),
                tripId,
                evaluatedThrough);
    }

    /** How far the rules have evaluated ({@code EVALUATED}). */
    public long mark(String name) {
        return jdbc.queryForObject("SELECT commit_no FROM journal_mark WHERE name = ?", Long.class, name);
    }

    /**
     * A mark that may not exist yet (a cluster keeps one per log partition): created at
     * {@code initial} the first time it is asked for.
     */
    public long markOr(String name, long initial) {
        List<Long> found = jdbc.queryForList("SELECT commit_no FROM journal_mark WHERE name = ?", Long.class, name);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        try {
            jdbc.update("INSERT INTO journal_mark (name, commit_no) VALUES (?, ?)", name, initial);
            return initial;
        } catch (org.springframework.dao.DuplicateKeyException another) {
            return mark(name); // another instance created it at the same moment
        }
    }

    /** Moves a mark forward; never back, so a late writer cannot undo a newer one. */
    public void advanceMark(String name, long commitNo) {
        jdbc.update("UPDATE journal_mark SET commit_no = ? WHERE name = ? AND commit_no < ?", commitNo, name, commitNo);
    }

    /** A trip's readings with a valid fix between two device times, oldest first. */
    public List<Reading> track(UUID tripId, Instant from, Instant to, int limit) {
        return jdbc.query("""
                SELECT * FROM telemetry_reading WHERE trip_id = ? AND device_time >= ? AND device_time <= ?
                AND fix_valid = TRUE AND latitude IS NOT NULL ORDER BY device_time LIMIT ?""", JdbcReadings::row, tripId, SqlTime.of(from), SqlTime.of(to), limit);
    }

    static Reading row(ResultSet rs, int n) throws SQLException {
        int battery = rs.getInt("battery_percent");
        if (rs.wasNull()) {
            battery = -1;
        }
        String method = rs.getString("unlock_method");
        return new Reading(
                rs.getObject("seal_id", UUID.class),
                SqlTime.instant(rs, "device_time"),
                SqlTime.instant(rs, "received_at"),
                rs.getLong("sequence"),
                nan(rs, "latitude"),
                nan(rs, "longitude"),
                nan(rs, "altitude"),
                nan(rs, "accuracy"),
                rs.getBoolean("fix_valid"),
                nan(rs, "speed_kmh"),
                nan(rs, "heading"),
                battery,
                LockState.valueOf(rs.getString("lock_state")),
                rs.getInt("events"),
                method == null ? null : UnlockMethod.valueOf(method),
                rs.getString("rfid_card"),
                SqlTime.instant(rs, "reported_time"));
    }

    private static double nan(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
