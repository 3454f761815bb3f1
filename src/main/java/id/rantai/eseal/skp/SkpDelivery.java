package id.rantai.eseal.skp;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One event on its way to SKP, and how its delivery went. */
public record SkpDelivery(
        long id,
        String eventId,
        UUID tripId,
        Kind kind,
        @Nullable UUID documentId,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Integer lastStatusCode,
        @Nullable String lastError,
        @Nullable String skpReference,
        Instant createdAt,
        @Nullable Instant deliveredAt) {

    public enum Kind {
        TRIP_STATE_CHANGED,
        DOCUMENT_UPLOADED
    }

    public enum Status {
        /** Waiting for its turn (an earlier event of the same trip goes first) or its next attempt. */
        PENDING,
        SENDING,
        DELIVERED,
        /** Refused by SKP or given up after the configured attempts: waits for a person, and so does the rest of its trip. */
        FAILED
    }
}
