package id.rantai.webhook.delivery;

import id.rantai.webhook.WebhookEventKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One event on its way to one endpoint, how its delivery went, and (when asked for one) its attempts. */
public record WebhookDelivery(
        long id,
        UUID endpointId,
        String eventId,
        WebhookEventKind kind,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Integer lastStatusCode,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant deliveredAt,
        @Nullable List<Attempt> attemptLog) {

    public enum Status {
        /** Waiting for its turn (an earlier event of the same trip goes first) or for its next attempt. */
        PENDING,
        SENDING,
        DELIVERED,
        /** Refused, given up after the configured attempts, or set aside when its endpoint was switched off. */
        FAILED
    }

    /** What came of one attempt. */
    public enum Outcome {
        ACCEPTED,
        TRY_AGAIN,
        REFUSED,
        /** No answer: the receiver could not be reached, or did not answer in time. */
        UNREACHABLE
    }

    /** One attempt: when, how long it took, what the receiver answered. */
    public record Attempt(
            int attempt,
            Instant startedAt,
            long durationMillis,
            @Nullable Integer statusCode,
            Outcome outcome,
            @Nullable String error) {}

    WebhookDelivery withAttempts(List<Attempt> log) {
        return new WebhookDelivery(
                id,
                endpointId,
                eventId,
                kind,
                status,
                attempts,
                nextAttemptAt,
                lastStatusCode,
                lastError,
                createdAt,
                deliveredAt,
                List.copyOf(log));
    }
}
