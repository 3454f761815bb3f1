package id.rantai.shared.jobs;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one place where a queue's jobs are claimed, leased, failed, retried, taken over and counted,
 * whatever table holds them ({@link JobTable}). Several Rantai instances share every queue: each
 * change of hands is a conditional update, so of two instances exactly one wins a job, and a job
 * whose instance died is found by its lease running out.
 */
@Repository
public class JdbcJobs {
    private final JdbcClient jdbc;

    JdbcJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JobCounts counts(JobTable t, Instant now) {
        long waiting = t.waiting() == null ? 0 : count(t, t.waiting());
        long running = count(t, t.running());
        long failed = count(t, t.failed());
        long done = jdbc.sql("SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.state() + " = ? AND " + t.finishedAt()
                        + " >= ?")
                .params(t.done(), SqlTime.of(now.minus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        return new JobCounts(waiting, running, failed, done);
    }

    /** A queue's jobs in one of its own states (for the queues' gauges as for the board). */
    public long count(JobTable t, String state) {
        return jdbc.sql("SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.state() + " = ?")
                .param(state)
                .query(Long.class)
                .single();
    }

    /** Failed jobs, running ones past their lease, and waiting ones that failed before; newest first. */
    public List<Job> needingAttention(JobTable t, Instant now, int limit) {
        StringBuilder where =
                new StringBuilder(t.state() + " = ? OR (" + t.state() + " = ? AND " + t.leaseUntil() + " < ?)");
        List<Object> params = new ArrayList<>(List.of(t.failed(), t.running(), SqlTime.of(now)));
        if (t.waiting() != null && t.attempts() != null) {
            where.append(" OR (")
                    .append(t.state())
                    .append(" = ? AND ")
                    .append(t.attempts())
                    .append(" > 0)");
            params.add(t.waiting());
        }
        params.add(limit);
        String columns = "id, " + t.state() + " AS job_state, " + t.subject() + " AS job_subject, "
                + (t.attempts() == null ? "0" : t.attempts()) + " AS job_attempts, "
                + (t.nextAttempt() == null ? "CAST(NULL AS TIMESTAMP WITH TIME ZONE)" : t.nextAttempt())
                + " AS job_next, "
                + t.leaseUntil() + " AS job_lease, "
                + (t.lastError() == null ? "CAST(NULL AS VARCHAR(1000))" : t.lastError()) + " AS job_error, "
                + t.createdAt() + " AS job_created";
        return jdbc.sql("SELECT " + columns + " FROM " + t.table() + " WHERE " + where + " ORDER BY " + t.createdAt()
                        + " DESC, id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> job(t, rs))
                .list();
    }

    /** Ids of a retried queue's jobs that are due, or whose instance's lease ran out mid-job; oldest due first. */
    public List<Long> due(JobTable t, Instant now, int limit) {
        return jdbc.sql("SELECT id FROM " + t.table() + " WHERE " + dueOrAbandoned(t) + " ORDER BY " + t.nextAttempt()
                        + ", id LIMIT ?")
                .params(t.waiting(), SqlTime.of(now), t.running(), SqlTime.of(now), limit)
                .query(Long.class)
                .list();
    }

    /**
     * Like {@link #due}, for a queue delivered in order within groups (a trip's events, one
     * endpoint's events about one trip): only the oldest job of its group not yet done may go, so a
     * receiver gets each group's jobs in the order they were queued. {@code group} is a column of
     * the table, a constant of the code.
     */
    public List<Long> dueInTurn(JobTable t, String group, Instant now, int limit) {
        return jdbc.sql("SELECT d.id FROM " + t.table() + " d WHERE (" + dueOrAbandoned(t)
                        + ") AND NOT EXISTS (SELECT 1 FROM " + t.table() + " e WHERE e." + group + " = d." + group
                        + " AND e.id < d.id AND e." + t.state() + " <> ?) ORDER BY d.id LIMIT ?")
                .params(t.waiting(), SqlTime.of(now), t.running(), SqlTime.of(now), t.done(), limit)
                .query(Long.class)
                .list();
    }

    /** Takes one due job for this instance and counts the attempt; false if another instance took it first. */
    public boolean claim(JobTable t, long id, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE " + t.table() + " SET " + t.state() + " = ?, " + t.leaseUntil() + " = ?, "
                                + t.attempts() + " = " + t.attempts() + " + 1 WHERE id = ? AND (" + dueOrAbandoned(t)
                                + ")")
                        .params(
                                t.running(),
                                SqlTime.of(leaseUntil),
                                id,
                                t.waiting(),
                                SqlTime.of(now),
                                t.running(),
                                SqlTime.of(now))
                        .update()
                == 1;
    }

    private static String dueOrAbandoned(JobTable t) {
        return "(" + t.state() + " = ? AND " + t.nextAttempt() + " <= ?) OR (" + t.state() + " = ? AND "
                + t.leaseUntil() + " < ?)";
    }

    /** A failed attempt: back in the queue at {@code next}, or given up (failed, waiting for a person). */
    public void attemptFailed(JobTable t, long id, boolean givingUp, Instant next, String error) {
        jdbc.sql("UPDATE " + t.table() + " SET " + t.state() + " = ?, " + t.nextAttempt() + " = ?, " + t.leaseUntil()
                        + " = NULL, " + t.lastError() + " = ? WHERE id = ?")
                .params(
                        givingUp ? t.failed() : t.waiting(),
                        SqlTime.of(next),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        id)
                .update();
    }

    /** Running jobs of a leased queue whose instance stopped renewing the lease. */
    public List<UUID> abandoned(JobTable t, Instant now) {
        return jdbc.sql("SELECT id FROM " + t.table() + " WHERE " + t.state() + " = ? AND " + t.leaseUntil() + " < ?")
                .params(t.running(), SqlTime.of(now))
                .query(UUID.class)
                .list();
    }

    /** Takes an abandoned job over for this instance; false if another instance was quicker. */
    public boolean takeOver(JobTable t, UUID id, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE " + t.table() + " SET " + t.leaseUntil() + " = ? WHERE id = ? AND " + t.state()
                                + " = ? AND " + t.leaseUntil() + " < ?")
                        .params(SqlTime.of(leaseUntil), id, t.running(), SqlTime.of(now))
                        .update()
                == 1;
    }

    /** A failed job back in its queue, due now, with a fresh count; false if it is not failed or not retried. */
    public boolean retry(JobTable t, String id, Instant now) {
        if (t.waiting() == null || t.attempts() == null || t.nextAttempt() == null) {
            return false;
        }
        Object key = key(t, id);
        if (key == null) {
            return false;
        }
        return jdbc.sql("UPDATE " + t.table() + " SET " + t.state() + " = ?, " + t.attempts() + " = 0, "
                                + t.nextAttempt() + " = ? WHERE id = ? AND " + t.state() + " = ?")
                        .params(t.waiting(), SqlTime.of(now), key, t.failed())
                        .update()
                == 1;
    }

    private static @Nullable Object key(JobTable t, String id) {
        try {
            return t.numericId() ? (Object) Long.parseLong(id) : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static Job job(JobTable t, ResultSet rs) throws SQLException {
        String state = rs.getString("job_state");
        JobState s = state.equals(t.failed())
                ? JobState.FAILED
                : state.equals(t.running())
                        ? JobState.RUNNING
                        : state.equals(t.done()) ? JobState.DONE : JobState.WAITING;
        return new Job(
                t.kind(),
                rs.getString("id"),
                s,
                String.valueOf(rs.getString("job_subject")),
                rs.getInt("job_attempts"),
                SqlTime.instant(rs, "job_next"),
                SqlTime.instant(rs, "job_lease"),
                rs.getString("job_error"),
                SqlTime.instant(rs, "job_created"),
                s == JobState.FAILED && t.waiting() != null);
    }
}
