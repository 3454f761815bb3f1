package id.rantai.shared.time;

import java.time.Duration;

/** Waits between attempts at something that failed (sending mail, calling SKP): doubling, with a ceiling. */
public final class Backoff {
    private Backoff() {}

    /** The wait after {@code failedAttempts} failures: first, 2×first, 4×first, … never more than {@code max}. */
    public static Duration doubling(Duration first, Duration max, int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
