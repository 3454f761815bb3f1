package id.rantai.eseal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A norm's deadline passed without the step being done, published once per deadline: by the timer
 * when the deadline passes with nothing done, or when the step is finally done late if that came first.
 *
 * @param subjectId the trip or disruption report the norm applies to
 */
public record NormBreached(
        UUID deadlineId,
        Norm norm,
        UUID subjectId,
        @Nullable UUID tripId,
        UUID providerId,
        @Nullable UUID officeId,
        Instant dueAt,
        Instant breachedAt) {}
