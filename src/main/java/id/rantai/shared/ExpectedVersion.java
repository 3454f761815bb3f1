package id.rantai.shared;

import org.jspecify.annotations.Nullable;

/**
 * The version of a record a client last saw, from its request's {@code If-Match}: a change to a
 * record that has changed since is refused (412) rather than made over someone else's. The check
 * runs where the record is read for its conditional update, in the same transaction, so a change
 * between the check and the write is still caught by the update's own version condition. A request
 * checks once: what its first change did is the version its later steps start from.
 */
public final class ExpectedVersion {
    private static final ThreadLocal<Integer> EXPECTED = new ThreadLocal<>();

    private ExpectedVersion() {}

    /** The version this request's changes expect; null when the client named none (or "*"). */
    public static void expect(@Nullable Integer version) {
        if (version == null) {
            EXPECTED.remove();
        } else {
            EXPECTED.set(version);
        }
    }

    public static void clear() {
        EXPECTED.remove();
    }

    /** Refuses the change when the record read is not at the version the client expects. */
    public static void check(int current) {
        Integer expected = EXPECTED.get();
        if (expected == null) {
            return;
        }
        EXPECTED.remove();
        if (expected != current) {
            throw new PreconditionFailedException(current);
        }
    }

    /** The record changed since the client read it. */
    public static final class PreconditionFailedException extends RuntimeException {
        private final int currentVersion;

        PreconditionFailedException(int currentVersion) {
            super("The record has changed since it was read", null, false, false);
            this.currentVersion = currentVersion;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }
}
