package id.rantai.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail. A null actor id means the system acted (a timer, a device).
 */
public record AuditRecord(
        Instant occurredAt,
        @Nullable UUID actorId,
        String actorName,
        @Nullable UUID organisationId,
        String action,
        String subjectType,
        UUID subjectId,
        @Nullable String details) {}
