package id.rantai.certification.request;

import id.rantai.shared.Versioned;
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
        /* The training centre that decides it: the certificate's, or the one the applicant addressed. */
        @Nullable UUID trainingCentreId,
        Kind kind,
        @Nullable UUID certificateId,
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
        int version)
        implements Versioned {

    /** After the officer's check: verified and passed to the head, or turned down, which ends the request. */
    CertificateRequest verified(
            boolean confirmed, UUID officer, Instant at, @Nullable String interview, @Nullable String refusal) {
        return moved(
                confirmed ? State.VERIFIED : State.REJECTED,
                officer,
                at,
                interview,
                null,
                null,
                refusal,
                null,
                confirmed ? null : at);
    }

    /** Approved and signed by the head: the service is delivered. */
    CertificateRequest signed(UUID head, Instant at, @Nullable String note, @Nullable String letter) {
        return moved(State.COMPLETED, verifiedBy, verifiedAt, interviewRecord, head, at, note, letter, at);
    }

    private CertificateRequest moved(
            State to,
            @Nullable UUID verifier,
            @Nullable Instant verifiedOn,
            @Nullable String interview,
            @Nullable UUID decider,
            @Nullable Instant decidedOn,
            @Nullable String note,
            @Nullable String letter,
            @Nullable Instant completedOn) {
        return new CertificateRequest(
                id,
                trainingCentreId,
                kind,
                certificateId,
                applicantName,
                applicantEmail,
                details,
                copies,
                to,
                submittedAt,
                dueOn,
                verifier,
                verifiedOn,
                interview,
                decider,
                decidedOn,
                note,
                letter,
                completedOn,
                version);
    }

    public enum Kind {
        LEGALIZATION,
        CORRECTION,
        LOST_CERTIFICATE,
        /** Service 6: a certificate from before the database, entered on the holder's request. */
        DATABASE_INPUT
    }

    public enum State {
        SUBMITTED,
        VERIFIED,
        COMPLETED,
        REJECTED
    }
}
