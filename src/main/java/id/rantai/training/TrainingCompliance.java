package id.rantai.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A company's training compliance as one published figure, for other modules (the AEO module shows
 * it on group 5): of the employee/topic pairs required today, how many are covered, due or overdue.
 */
public interface TrainingCompliance {

    Figure figure(UUID organisationId);

    /**
     * Of the employee/topic pairs required on a day:
     *
     * @param compliant covered, with nothing due yet
     * @param covered   covered by a passed completion on that day — the compliant ones and those whose
     *                  refresher is due soon but whose cover has not ended
     * @param dueSoon   a training due and not yet done, its due date still ahead: a refresher of a
     *                  covered pair, or the first training of a new hire or a new requirement
     * @param overdue   due date passed without the training: not covered
     */
    record Figure(
            LocalDate on,
            int activeEmployees,
            int requiredPairs,
            int compliant,
            int covered,
            int dueSoon,
            int overdue) {
        /** The share of required pairs covered on the day, 0–100; 100 when nothing is required. */
        public double rate() {
            return requiredPairs == 0 ? 100.0 : Math.round(1000.0 * covered / requiredPairs) / 10.0;
        }
    }
}
