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

    /** This registration after the eligibility check or the payment; a null seat or payment keeps the one it has. */
    Candidate withProgress(Status newStatus, @Nullable String seat, @Nullable String reason, @Nullable String payment) {
        return changed(
                newStatus,
                seat == null ? seatNumber : seat,
                reason,
                payment == null ? paymentReference : payment,
                attended,
                mcScore,
                essayScore,
                finalScore,
                passed);
    }

    /** This seated candidate marked present or absent at the exam, or scored (both parts, the final and the verdict). */
    Candidate withExam(
            @Nullable Boolean present,
            @Nullable Double mc,
            @Nullable Double essay,
            @Nullable Double total,
            @Nullable Boolean pass) {
        return changed(status, seatNumber, rejectionReason, paymentReference, present, mc, essay, total, pass);
    }

    private Candidate changed(
            Status to,
            @Nullable String seat,
            @Nullable String reason,
            @Nullable String payment,
            @Nullable Boolean present,
            @Nullable Double mc,
            @Nullable Double essay,
            @Nullable Double total,
            @Nullable Boolean pass) {
        return new Candidate(
                id,
                sessionId,
                fullName,
                nationalId,
                birthPlace,
                birthDate,
                email,
                to,
                seat,
                reason,
                registeredAt,
                payment,
                present,
                mc,
                essay,
                total,
                pass,
                version);
    }

    public enum Status {
        REGISTERED,
        ELIGIBLE,
        REJECTED,
        PAID
    }
}
