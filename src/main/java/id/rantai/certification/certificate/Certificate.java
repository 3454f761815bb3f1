package id.rantai.certification.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customs expert certificate. Never deleted: revocation, correction and loss change its status
 * and point to its successor, so a verifier always learns what became of it. The verification code
 * is secure random, not derived from the number; the status index is its bit in the status list.
 */
public record Certificate(
        UUID id,
        /* The training centre that issued or entered it; null only for a record older than centres. */
        @Nullable UUID trainingCentreId,
        String number,
        String verificationCode,
        String holderName,
        String nationalId,
        String birthPlace,
        LocalDate birthDate,
        int examYear,
        LocalDate issuedOn,
        @Nullable UUID candidateId,
        Source source,
        Status status,
        @Nullable String statusReason,
        @Nullable UUID predecessorId,
        @Nullable UUID successorId,
        int statusIndex,
        @Nullable UUID signedBy,
        Instant createdAt,
        int version) {

    /**
     * Entries in the revocation status list each certificate takes a random place in: 131,072, the
     * smallest list the W3C Bitstring Status List allows (16 KiB), so that a place reveals nothing.
     */
    public static final int STATUS_LIST_SIZE = 131_072;

    public enum Source {
        EXAM,
        DATABASE_INPUT,
        CORRECTION,
        REPLACEMENT
    }

    public enum Status {
        /** Entered from an old record and not yet checked against the source documents: not verifiable. */
        PENDING_VERIFICATION,
        VALID,
        REVOKED,
        /** Superseded by a corrected certificate. */
        CORRECTED,
        /** Reported lost; a replacement letter succeeds it. */
        LOST
    }

    /** Whether its Open Badges credential is to be shown as revoked in the status list. */
    public boolean revokedInStatusList() {
        return status == Status.REVOKED || status == Status.CORRECTED || status == Status.LOST;
    }
}
