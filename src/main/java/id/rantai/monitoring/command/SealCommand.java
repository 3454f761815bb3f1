package id.rantai.monitoring.command;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lock or unlock command Rantai sent to a seal, and what became of it. */
public record SealCommand(
        UUID id,
        UUID sealId,
        UUID tripId,
        Kind kind,
        Status status,
        String requestedBy,
        @Nullable UUID requesterOrg,
        Instant requestedAt,
        @Nullable String overrideReason,
        Instant dueAt,
        @Nullable Instant resultAt,
        @Nullable String resultDetail) {

    public enum Kind {
        LOCK,
        UNLOCK
    }

    public enum Status {
        SENT,
        SUCCEEDED,
        FAILED,
        TIMED_OUT
    }
}
