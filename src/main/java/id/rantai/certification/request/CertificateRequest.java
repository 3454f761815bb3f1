package id.rantai.certification.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A holder's request for an after-service: legalized copies, a correction (ralat) or a
 * replacement for a lost certificate. Two layers decide it: an officer verifies identity and data
 * (for a correction or a loss, in an interview recorded as a Berita Acara wawancara), and the head,
 * who must be someone else, approves and signs.
 */
public record CertificateRequest(
        UUID id,
        Kind kind,
        UUID certificateId,
        String applicantName,
        String applicantEmail,
        String details,
        @Nullable Integer copies,
        State state,
        Instant submittedAt,
        LocalDate dueOn,
        @Nullable UUID verifiedBy,
        @Nullable Instant verifiedAt,
        @Nullable String interviewRecord,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable String letterNumber,
        @Nullable Instant completedAt,
        int version) {

    public enum Kind {
        LEGALIZATION,
        CORRECTION,
        LOST_CERTIFICATE
    }

    public enum State {
        SUBMITTED,
        VERIFIED,
        COMPLETED,
        REJECTED
    }
}
