package id.rantai.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A company's training compliance as one published figure, for other modules (the AEO module shows
 * it on group 5): of the employee/topic pairs required today, how many are covered, due or overdue.
 */
public interface TrainingCompliance {

    Figure figure(UUID organisationId);

    record Figure(LocalDate on, int activeEmployees, int requiredPairs, int compliant, int dueSoon, int overdue) {
        /** Share of required pairs that are covered, 0–100; 100 when nothing is required. */
        public double rate() {
            return requiredPairs == 0 ? 100.0 : Math.round(1000.0 * compliant / requiredPairs) / 10.0;
        }
    }
}
