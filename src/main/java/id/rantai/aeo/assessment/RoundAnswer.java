package id.rantai.aeo.assessment;

import org.jspecify.annotations.Nullable;

/** An answer as submitted in a round; {@code evidence} lists the cited evidence as it was then. */
public record RoundAnswer(
        String code,
        AnswerStatus status,
        @Nullable String narrative,
        @Nullable String justification,
        @Nullable String responsiblePerson,
        String evidence) {}
