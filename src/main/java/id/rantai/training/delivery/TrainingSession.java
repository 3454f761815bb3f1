package id.rantai.training.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delivered session of one topic (at the version taught), with its trainer, date, duration and materials. */
public record TrainingSession(
        UUID id,
        UUID organisationId,
        UUID topicId,
        int topicVersion,
        Method method,
        String trainer,
        LocalDate heldOn,
        int durationMinutes,
        @Nullable String materials,
        Instant createdAt) {}
