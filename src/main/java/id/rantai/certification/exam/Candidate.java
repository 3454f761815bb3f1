package id.rantai.certification.exam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registration for an exam session, as it moves from registration through the check, payment and the exam. */
public record Candidate(
        UUID id,
        UUID sessionId,
        String fullName,
        String nationalId,
        String birthPlace,
        LocalDate birthDate,
        String email,
        Status status,
        @Nullable String seatNumber,
        @Nullable String rejectionReason,
        Instant registeredAt,
        @Nullable String paymentReference,
        @Nullable Boolean attended,
        @Nullable Double mcScore,
        @Nullable Double essayScore,
        @Nullable Double finalScore,
        @Nullable Boolean passed,
        int version) {

    public enum Status {
        REGISTERED,
        ELIGIBLE,
        REJECTED,
        PAID
    }
}
