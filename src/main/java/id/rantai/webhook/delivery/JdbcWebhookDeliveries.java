package id.rantai.webhook.delivery;

import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.webhook.WebhookEventKind;
import id.rantai.webhook.delivery.WebhookDelivery.Attempt;
import id.rantai.webhook.delivery.WebhookDelivery.Outcome;
import id.rantai.webhook.delivery.WebhookDelivery.Status;
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
class JdbcWebhookDeliveries {
    private static final String COLUMNS = """
            id, endpoint_id, event_id, kind, status, attempts, next_attempt_at, last_status_code, last_error,
            created_at, delivered_at""";

    private final JdbcClient jdbc;
    private final JdbcJobs jobs;

    JdbcWebhookDeliveries(JdbcClient jdbc, JdbcJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Queues an event for an endpoint once: the same event again is ignored. */
    void insert(UUID endpoint, String eventId, WebhookEventKind kind, String turn, String payload, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ? AND event_id = ?")
                        .params(endpoint, eventId)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO webhook_delivery (endpoint_id, event_id, kind, turn, payload, status, attempts, next_attempt_at,
                                              created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(endpoint, eventId, kind.name(), turn, payload, SqlTime.of(now), SqlTime.of(now))
                .update();
    }

    /** Deliveries whose turn has come: due, and the oldest of their endpoint's trip not yet delivered. */
    List<Long> due(Instant now, int limit) {
        return jobs.dueInTurn(WebhookJobs.TABLE, "turn", now, limit);
    }

    record Claimed(long id, UUID endpointId, String eventId, WebhookEventKind kind, String payload, int attempts) {}

    /** Takes one delivery for this instance (a conditional update: of several instances one wins). */
    Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
        if (!jobs.claim(WebhookJobs.TABLE, id, now, leaseUntil)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, endpoint_id, event_id, kind, payload, attempts FROM webhook_delivery WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getString("event_id"),
                        WebhookEventKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .optional();
    }

    /**
     * Records an attempt, numbered after those before it (the delivery's own counter starts again
     * when a person retries it; the log keeps counting).
     */
    void attempted(
            long id,
            Instant startedAt,
            long durationMillis,
            @Nullable Integer statusCode,
            Outcome outcome,
            @Nullable String error) {
        jdbc.sql("""
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, status_code, outcome, error)
                SELECT ?, COALESCE(MAX(attempt), 0) + 1, ?, ?, CAST(? AS INT), ?, CAST(? AS VARCHAR(1000))
                FROM webhook_attempt WHERE delivery_id = ?""")
                .params(id, SqlTime.of(startedAt), durationMillis, statusCode, outcome.name(), cut(error), id)
                .update();
    }

    void delivered(long id, Instant at, int statusCode) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = ?, last_status_code = ?, last_error = NULL,
                    lease_until = NULL WHERE id = ?""").params(SqlTime.of(at), statusCode, id).update();
    }

    void failed(long id, boolean givingUp, Instant nextAttempt, @Nullable Integer statusCode, String error) {
        jobs.attemptFailed(WebhookJobs.TABLE, id, givingUp, nextAttempt, error);
        jdbc.sql("UPDATE webhook_delivery SET last_status_code = ? WHERE id = ?")
                .params(statusCode, id)
                .update();
    }

    /** An endpoint's waiting deliveries set aside (FAILED), to be retried by a person once it is on again. */
    int setAside(UUID endpoint, String reason) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET status = 'FAILED', last_error = ?, lease_until = NULL
                WHERE endpoint_id = ? AND status = 'PENDING'""").params(reason, endpoint).update();
    }

    boolean retry(long id, Instant now) {
        return jobs.retry(WebhookJobs.TABLE, Long.toString(id), now);
    }

    Optional<WebhookDelivery> find(UUID endpoint, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE endpoint_id = ? AND id = ?")
                .params(endpoint, id)
                .query(JdbcWebhookDeliveries::row)
                .optional()
                .map(d -> d.withAttempts(attempts(id)));
    }

    /** The payload as it was sent (and will be again): what the receiver got. */
    Optional<String> payload(UUID endpoint, long id) {
        return jdbc.sql("SELECT payload FROM webhook_delivery WHERE endpoint_id = ? AND id = ?")
                .params(endpoint, id)
                .query(String.class)
                .optional();
    }

    /** An endpoint's deliveries, newest first, optionally of one status. */
    Page<WebhookDelivery> list(UUID endpoint, @Nullable Status status, int limit, int offset) {
        List<Object> params = new ArrayList<>(List.of(endpoint));
        String where = "endpoint_id = ?";
        if (status != null) {
            where += " AND status = ?";
            params.add(status.name());
        }
        return new PagedQuery("webhook_delivery", where, params, "id DESC")
                .page(jdbc, JdbcWebhookDeliveries::row, limit, offset);
    }

    private List<Attempt> attempts(long id) {
        return jdbc.sql("""
                SELECT attempt, started_at, duration_ms, status_code, outcome, error FROM webhook_attempt
                WHERE delivery_id = ? ORDER BY attempt""")
                .param(id)
                .query((rs, n) -> new Attempt(
                        rs.getInt("attempt"),
                        SqlTime.instant(rs, "started_at"),
                        rs.getLong("duration_ms"),
                        statusCode(rs, "status_code"),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("error")))
                .list();
    }

    private static @Nullable Integer statusCode(ResultSet rs, String column) throws SQLException {
        int code = rs.getInt(column);
        return rs.wasNull() ? null : code;
    }

    private static @Nullable String cut(@Nullable String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static WebhookDelivery row(ResultSet rs, int n) throws SQLException {
        return new WebhookDelivery(
                rs.getLong("id"),
                rs.getObject("endpoint_id", UUID.class),
                rs.getString("event_id"),
                WebhookEventKind.valueOf(rs.getString("kind")),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                SqlTime.instant(rs, "next_attempt_at"),
                statusCode(rs, "last_status_code"),
                rs.getString("last_error"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "delivered_at"),
                null);
    }
}
