package id.rantai.shared.time;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts at something that failed (sending mail, calling SKP): doubling, with a
 * ceiling, and spread by jitter.
 */
public final class Backoff {
    private Backoff() {}

    /** The wait after {@code failedAttempts} failures: first, 2×first, 4×first, … never more than {@code max}. */
    public static Duration doubling(Duration first, Duration max, int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * {@code wait} shortened by a random share of up to {@code jitter} (0 to 1): when an outage fails
     * a thousand messages in the same minute, their retries spread out instead of striking the
     * recovering server all at once. Never longer than {@code wait}, so the ceiling stays a ceiling.
     */
    public static Duration jittered(Duration wait, double jitter, RandomGenerator random) {
        if (jitter <= 0) {
            return wait;
        }
        double share = Math.min(jitter, 1.0) * random.nextDouble();
        return Duration.ofMillis(Math.round(wait.toMillis() * (1 - share)));
    }
}
