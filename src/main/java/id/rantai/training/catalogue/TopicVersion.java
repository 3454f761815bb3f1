package id.rantai.training.catalogue;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A published content version of a topic; {@code dueDays} is how long employees have to take it. */
public record TopicVersion(
        UUID topicId,
        int version,
        LocalDate publishedOn,
        int dueDays,
        @Nullable String changeNote) {}
