package id.rantai.shared.delivery;

import id.rantai.shared.time.Backoff;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * How patiently a delivery is retried: doubling waits from {@code firstRetry} up to {@code maxRetry},
 * each shortened at random by up to {@code jitter}, at most {@code maxAttempts} attempts; a
 * receiver's {@code Retry-After} lengthens a wait, never shortens it.
 */
public record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry, double jitter) {
    /** Longest wait a receiver's Retry-After may ask for. */
    private static final long MAX_ASKED_SECONDS = 86_400;

    /** Whether a delivery that has failed {@code attempts} times is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after {@code failedAttempts} failures, at least what the receiver asked for. */
    public Duration wait(int failedAttempts, @Nullable String retryAfter) {
        Duration wait = Backoff.jittered(
                Backoff.doubling(firstRetry, maxRetry, failedAttempts), jitter, ThreadLocalRandom.current());
        Duration asked = seconds(retryAfter);
        return asked != null && asked.compareTo(wait) > 0 ? asked : wait;
    }

    /** Retry-After in seconds; an HTTP date is not honoured (the doubling wait stands). */
    private static @Nullable Duration seconds(@Nullable String retryAfter) {
        try {
            return retryAfter == null
                    ? null
                    : Duration.ofSeconds(Math.min(Long.parseLong(retryAfter.trim()), MAX_ASKED_SECONDS));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }
}
