package id.rantai.aeo.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One message in a criterion's clarification thread, from customs or the company. */
public record Comment(
        UUID id,
        UUID assessmentId,
        String code,
        int round,
        UUID authorUserId,
        @Nullable UUID authorOrganisationId,
        String body,
        Instant createdAt) {}
