package id.rantai.monitoring.ingest;

import id.rantai.monitoring.Reading;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last few reading keys of each seal so that a device's retry (it did not hear the
 * acknowledgement and sends again) is recognised without asking the database. The database's own
 * key is the guarantee; this only lets the response say "duplicate" and keeps the rules from
 * seeing a reading twice.
 */
final class DuplicateFilter {
    private static final int PER_SEAL = 64;

    private final ConcurrentHashMap<UUID, long[]> recent = new ConcurrentHashMap<>();

    /** True if the reading was seen before; otherwise remembers it. Called from one thread. */
    boolean seenBefore(Reading r) {
        long time = r.deviceTime().toEpochMilli();
        long seq = r.sequence();
        long[] ring = recent.computeIfAbsent(r.sealId(), k -> {
            long[] fresh = new long[1 + 2 * PER_SEAL];
            java.util.Arrays.fill(fresh, Long.MIN_VALUE);
            fresh[0] = 0;
            return fresh;
        });
        for (int i = 0; i < PER_SEAL; i++) {
            if (ring[1 + 2 * i] == time && ring[2 + 2 * i] == seq) {
                return true;
            }
        }
        int slot = (int) (ring[0]++ % PER_SEAL);
        ring[1 + 2 * slot] = time;
        ring[2 + 2 * slot] = seq;
        return false;
    }

    /** Forgets a reading that could not be stored, so that its retry is not mistaken for a duplicate. */
    void forget(Reading r) {
        long[] ring = recent.get(r.sealId());
        if (ring == null) {
            return;
        }
        long time = r.deviceTime().toEpochMilli();
        for (int i = 0; i < PER_SEAL; i++) {
            if (ring[1 + 2 * i] == time && ring[2 + 2 * i] == r.sequence()) {
                ring[1 + 2 * i] = Long.MIN_VALUE;
            }
        }
    }
}
