package id.rantai.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A queued e-mail and how its delivery went, as administrators see it (the body is left out). */
public record OutboxMessage(
        long id,
        @Nullable UUID organisationId,
        String key,
        String topic,
        String recipient,
        String subject,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Taken by an instance that is handing it to SMTP now. */
        SENDING,
        SENT,
        /** Given up after the configured number of attempts; an administrator may retry it. */
        FAILED
    }
}
