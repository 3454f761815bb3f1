package id.rantai.monitoring.live;

import id.rantai.eseal.TripParties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something the live stream shows, with the parties who may see it (a party may be null).
 *
 * @param name       the SSE event name: {@code position}, {@code alert}, {@code trip}, {@code norm} or {@code disruption}
 * @param data       the JSON-serialisable payload
 * @param sealId     for a position, the seal it is of: a newer one supersedes it
 * @param deviceTime for a position, when the seal measured it
 */
public record LiveEvent(
        String name,
        Object data,
        TripParties parties,
        @Nullable UUID sealId,
        @Nullable Instant deviceTime) {
    /** An event that is never superseded: every one is delivered or the subscriber is let go. */
    public LiveEvent(String name, Object data, TripParties parties) {
        this(name, data, parties, null, null);
    }

    /** A seal's position, which the seal's next position supersedes. */
    public static LiveEvent position(UUID sealId, Instant deviceTime, Object data, TripParties parties) {
        return new LiveEvent("position", data, parties, sealId, deviceTime);
    }

    public boolean isPosition() {
        return sealId != null;
    }
}
