package id.rantai.eseal.norm;

import id.rantai.eseal.Norm;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One running or finished norm: started by an event, due after the norm's duration. */
public record NormDeadline(
        UUID id,
        Norm norm,
        UUID subjectId,
        @Nullable UUID tripId,
        @Nullable UUID requesterId,
        UUID providerId,
        @Nullable UUID officeId,
        Instant startedAt,
        Instant dueAt,
        @Nullable Instant completedAt,
        NormOutcome outcome,
        @Nullable Instant breachedAt) {

    /** How long the step actually took; null while it is not done. */
    public @Nullable Duration actualDuration() {
        return completedAt == null ? null : Duration.between(startedAt, completedAt);
    }
}
