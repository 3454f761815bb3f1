package id.rantai.notification.internal;

import id.rantai.notification.Notification;
import id.rantai.notification.OutboxMessage;
import id.rantai.notification.OutboxMessage.Status;
import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.jobs.JdbcJobs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOutbox {
    private static final String COLUMNS = """
            id, organisation_id, notification_key, topic, recipient, subject, status, attempts, next_attempt_at,
            last_error, created_at, sent_at""";

    private final JdbcClient jdbc;
    private final JdbcJobs jobs;

    JdbcOutbox(JdbcClient jdbc, JdbcJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    static String scopeKey(@Nullable UUID organisation, String key) {
        return (organisation == null ? "platform" : organisation.toString()) + "/" + key;
    }

    /** False when a message with the same scope key was queued before. */
    boolean insert(Notification n, Instant now) {
        // The check first, so that within a caller's transaction a repeat is answered without a failed
        // statement (PostgreSQL aborts a transaction after one); the unique index settles races.
        String scopeKey = scopeKey(n.organisationId(), n.key());
        if (jdbc.sql("SELECT COUNT(*) FROM notification WHERE scope_key = ?")
                        .param(scopeKey)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO notification (scope_key, organisation_id, notification_key, topic, recipient, subject, body,
                                              status, attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                    .params(
                            scopeKey,
                            n.organisationId(),
                            n.key(),
                            n.topic(),
                            n.recipient(),
                            n.subject(),
                            n.text(),
                            SqlTime.of(now),
                            SqlTime.of(now))
                    .update();
            return true;
        } catch (DuplicateKeyException queuedMeanwhile) {
            return false;
        }
    }

    /** Ids of messages whose attempt is due, or whose sender's lease ran out (it died mid-send). */
    List<Long> due(Instant now, int limit) {
        return jobs.due(MailJobs.TABLE, now, limit);
    }

    /**
     * Takes one message for this instance: a conditional update, so of several instances exactly one
     * wins it. Returns the message with its body when taken.
     */
    Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
        if (!jobs.claim(MailJobs.TABLE, id, now, leaseUntil)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, recipient, subject, body, attempts FROM notification WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional();
    }

    record Claimed(long id, String recipient, String subject, String body, int attempts) {}

    /**
     * Marks a message sent and drops its body: bodies carry personal data and, for applicants, their
     * access links, which need not outlive delivery. What was sent, to whom and when stays.
     */
    void sent(long id, Instant at) {
        jdbc.sql(
                        "UPDATE notification SET status = 'SENT', sent_at = ?, body = '', lease_until = NULL, last_error = NULL WHERE id = ?")
                .params(SqlTime.of(at), id)
                .update();
    }

    void failed(long id, boolean givingUp, Instant nextAttempt, String error) {
        jobs.attemptFailed(MailJobs.TABLE, id, givingUp, nextAttempt, error);
    }

    /** Puts a FAILED message back in the queue with a fresh count; false if it is not FAILED. */
    boolean retry(long id, Instant now) {
        return jobs.retry(MailJobs.TABLE, Long.toString(id), now);
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ?")
                .param(id)
                .query(JdbcOutbox::row)
                .optional();
    }

    List<OutboxMessage> list(@Nullable UUID organisation, @Nullable Status status, @Nullable String topic, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification WHERE 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (organisation != null) {
            sql.append(" AND organisation_id = ?");
            params.add(organisation);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (topic != null) {
            sql.append(" AND topic = ?");
            params.add(topic);
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(JdbcOutbox::row).list();
    }

    private static OutboxMessage row(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("notification_key"),
                rs.getString("topic"),
                rs.getString("recipient"),
                rs.getString("subject"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                SqlTime.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "sent_at"));
    }
}
