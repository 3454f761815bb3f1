package id.rantai.aeo.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A company's answer on one answerable item, with the evidence it cites. */
public record Answer(
        String code,
        AnswerStatus status,
        @Nullable String narrative,
        @Nullable String justification,
        @Nullable String responsiblePerson,
        List<UUID> evidenceIds,
        boolean reassessmentDue,
        Instant updatedAt,
        UUID updatedBy) {
    public Answer {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
