package id.rantai.eseal.skp;

import id.rantai.eseal.skp.SkpDelivery.Kind;
import id.rantai.eseal.skp.SkpDelivery.Status;
import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.jobs.JdbcJobs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSkpDeliveries {
    private static final String COLUMNS = """
            id, event_id, trip_id, kind, document_id, status, attempts, next_attempt_at, last_status_code, last_error,
            skp_reference, created_at, delivered_at""";

    private final JdbcClient jdbc;
    private final JdbcJobs jobs;

    JdbcSkpDeliveries(JdbcClient jdbc, JdbcJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** When the oldest delivery SKP has not yet accepted was queued; empty when none waits. */
    Optional<Instant> oldestUndelivered() {
        return jdbc.sql("SELECT MIN(created_at) AS oldest FROM skp_delivery WHERE status <> 'DELIVERED'")
                .query((rs, n) -> Optional.ofNullable(SqlTime.instant(rs, "oldest")))
                .single();
    }

    /** Queues an event once: a repeated event id is ignored. */
    void insert(String eventId, UUID tripId, Kind kind, @Nullable UUID documentId, String payload, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM skp_delivery WHERE event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO skp_delivery (event_id, trip_id, kind, document_id, payload, status, attempts, next_attempt_at,
                                          created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(eventId, tripId, kind.name(), documentId, payload, SqlTime.of(now), SqlTime.of(now))
                .update();
    }

    /**
     * Deliveries whose turn has come: due (or abandoned by a dead instance) and the oldest of their
     * trip not yet delivered, so SKP receives each trip's events in the order they happened.
     */
    List<Long> due(Instant now, int limit) {
        return jobs.dueInTurn(SkpJobs.TABLE, "trip_id", now, limit);
    }

    record Claimed(
            long id,
            String eventId,
            UUID tripId,
            Kind kind,
            @Nullable UUID documentId,
            String payload,
            int attempts) {}

    /** Takes one delivery for this instance (a conditional update: of several instances one wins). */
    Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
        if (!jobs.claim(SkpJobs.TABLE, id, now, leaseUntil)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT id, event_id, trip_id, kind, document_id, payload, attempts FROM skp_delivery WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("event_id"),
                        rs.getObject("trip_id", UUID.class),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .optional();
    }

    void delivered(long id, Instant at, int statusCode, @Nullable String reference) {
        jdbc.sql("""
                UPDATE skp_delivery SET status = 'DELIVERED', delivered_at = ?, last_status_code = ?, skp_reference = ?,
                    last_error = NULL, lease_until = NULL WHERE id = ?""").params(SqlTime.of(at), statusCode, reference, id).update();
    }

    /** Photos of one step of a trip that SKP has accepted. */
    long deliveredPhotos(UUID tripId, String step) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM skp_delivery d JOIN trip_document t ON t.id = d.document_id
                WHERE d.trip_id = ? AND d.status = 'DELIVERED' AND t.step = ?""").params(tripId, step).query(Long.class).single();
    }

    void failed(long id, boolean givingUp, Instant nextAttempt, @Nullable Integer statusCode, String error) {
        jobs.attemptFailed(SkpJobs.TABLE, id, givingUp, nextAttempt, error);
        jdbc.sql("UPDATE skp_delivery SET last_status_code = ? WHERE id = ?")
                .params(statusCode, id)
                .update();
    }

    /** A FAILED delivery back in the queue with a fresh count; false if it is not FAILED. */
    boolean retry(long id, Instant now) {
        return jobs.retry(SkpJobs.TABLE, Long.toString(id), now);
    }

    Optional<SkpDelivery> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM skp_delivery WHERE id = ?")
                .param(id)
                .query(JdbcSkpDeliveries::row)
                .optional();
    }

    List<SkpDelivery> ofTrip(UUID tripId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM skp_delivery WHERE trip_id = ? ORDER BY id")
                .param(tripId)
                .query(JdbcSkpDeliveries::row)
                .list();
    }

    /** Newest first; only the trips filed with {@code office} when it is not null. */
    List<SkpDelivery> list(@Nullable Status status, @Nullable UUID office, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM skp_delivery WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (office != null) {
            sql.append(" AND trip_id IN (SELECT id FROM trip WHERE customs_office_id = ?)");
            params.add(office);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(JdbcSkpDeliveries::row)
                .list();
    }

    private static SkpDelivery row(ResultSet rs, int n) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer statusCode = rs.wasNull() ? null : code;
        return new SkpDelivery(
                rs.getLong("id"),
                rs.getString("event_id"),
                rs.getObject("trip_id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("document_id", UUID.class),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                SqlTime.instant(rs, "next_attempt_at"),
                statusCode,
                rs.getString("last_error"),
                rs.getString("skp_reference"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "delivered_at"));
    }
}
