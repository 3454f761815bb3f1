package id.rantai.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A training centre published an exam session's results: candidates may see them, certificates follow for passes. */
public record ExamResultsPublished(
        UUID sessionId,
        @Nullable UUID trainingCentreId,
        String sessionCode,
        LocalDate examDate,
        int candidatesSeated,
        int passed,
        Instant publishedAt) {}
