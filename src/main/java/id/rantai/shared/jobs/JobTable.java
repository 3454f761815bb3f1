package id.rantai.shared.jobs;

import org.jspecify.annotations.Nullable;

/**
 * How one queue's table names its job columns, so that one piece of SQL ({@link JdbcJobs}) reads and
 * retries every queue's jobs. Names are constants of the code, never input.
 *
 * @param kind        the job kind's code (see {@link JobSource#kind()})
 * @param numericId   whether the id column is a number (otherwise a UUID)
 * @param state       the column holding the state; {@code waiting} is null for jobs that start running at once
 * @param attempts    the attempt counter, or null for jobs that are not retried
 * @param nextAttempt when a waiting job is due, or null with {@code attempts}
 * @param lastError   the last failure's text, or null
 * @param subject     the column that says in a few words what a job is about
 */
public record JobTable(
        String kind,
        String table,
        boolean numericId,
        String state,
        @Nullable String waiting,
        String running,
        String failed,
        String done,
        @Nullable String attempts,
        @Nullable String nextAttempt,
        String leaseUntil,
        @Nullable String lastError,
        String createdAt,
        String finishedAt,
        String subject) {

    /** A queue retried with back-off: waiting, running under a lease, done or failed after its attempts. */
    public static JobTable retried(
            String kind, String table, String waiting, String running, String done, String finishedAt, String subject) {
        return new JobTable(
                kind,
                table,
                true,
                "status",
                waiting,
                running,
                "FAILED",
                done,
                "attempts",
                "next_attempt_at",
                "lease_until",
                "last_error",
                "created_at",
                finishedAt,
                subject);
    }

    /** A long job that runs at once under a lease its instance renews, taken over when the lease runs out. */
    public static JobTable leased(String kind, String table, String subject) {
        return new JobTable(
                kind,
                table,
                false,
                "state",
                null,
                "RUNNING",
                "FAILED",
                "DONE",
                null,
                null,
                "lease_until",
                null,
                "started_at",
                "finished_at",
                subject);
    }
}
