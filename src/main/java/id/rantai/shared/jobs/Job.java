package id.rantai.shared.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One job as the administrator sees it.
 *
 * @param subject     what it is about, in a few words (a recipient, an SKP event, an import's size)
 * @param attempts    attempts made so far (0 for a job that is not retried, such as an import)
 * @param nextAttempt when a waiting job is tried again
 * @param leaseUntil  until when the instance running it holds it; past that, another may take it
 * @param retryable   whether a person may put it back in its queue
 */
public record Job(
        String kind,
        String id,
        JobState state,
        String subject,
        int attempts,
        @Nullable Instant nextAttempt,
        @Nullable Instant leaseUntil,
        @Nullable String lastError,
        Instant createdAt,
        boolean retryable) {

    /** A running job whose instance stopped renewing its lease: it died, and another takes the job over. */
    public boolean stale(Instant now) {
        return state == JobState.RUNNING && leaseUntil != null && leaseUntil.isBefore(now);
    }
}
