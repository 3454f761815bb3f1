package id.rantai.shared;

import org.jspecify.annotations.Nullable;

/**
 * The version of a record a client last saw, from its request's {@code If-Match}: a change to a
 * record that has changed since is refused (412) rather than made over someone else's. The check
 * runs where the record is read for its conditional update, in the same transaction, so a change
 * between the check and the write is still caught by the update's own version condition. A request
 * checks once, and only a record of the kind its address names (a trip's If-Match is not held
 * against the seal the trip is given): what its first change did is the version its later steps
 * start from.
 */
public final class ExpectedVersion {
    private record Expected(String kind, int version) {}

    private static final ThreadLocal<Expected> EXPECTED = new ThreadLocal<>();

    private ExpectedVersion() {}

    /**
     * The version this request's changes to a record of {@code kind} ({@code Trip}, {@code Seal},
     * the catalogue's entity names) expect; none when the client named none (or "*").
     */
    public static void expect(String kind, @Nullable Integer version) {
        if (version == null) {
            EXPECTED.remove();
        } else {
            EXPECTED.set(new Expected(kind, version));
        }
    }

    public static void clear() {
        EXPECTED.remove();
    }

    /** Refuses the change when the record of {@code kind} read is not at the version the client expects. */
    public static void check(String kind, int current) {
        Expected expected = EXPECTED.get();
        if (expected == null || !expected.kind().equals(kind)) {
            return;
        }
        EXPECTED.remove();
        if (expected.version() != current) {
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
