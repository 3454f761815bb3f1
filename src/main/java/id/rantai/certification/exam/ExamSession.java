package id.rantai.certification.exam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exam period: a multiple-choice part and an essay/calculation part, weighted into one final
 * score against the pass mark.
 */
public record ExamSession(
        UUID id,
        /* The training centre that holds the exam; null only for a session older than centres. */
        @Nullable UUID trainingCentreId,
        String code,
        String title,
        LocalDate examDate,
        String venue,
        int capacity,
        LocalDate registrationOpens,
        LocalDate registrationCloses,
        double passMark,
        double mcWeight,
        @Nullable Instant resultsPublishedAt,
        Instant createdAt) {

    public boolean registrationOpenOn(LocalDate day) {
        return !day.isBefore(registrationOpens) && !day.isAfter(registrationCloses);
    }

    public double finalScore(double mc, double essay) {
        return Math.round((mc * mcWeight + essay * (1 - mcWeight)) * 100) / 100.0;
    }
}
