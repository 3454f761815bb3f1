package id.rantai.aeo.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence, reusable across criteria and assessments: a file (kept in revisions) or a
 * link to a record inside Rantai. The effective date is when the document took effect, which is
 * not when it was uploaded; the framework's look-back windows are measured against it.
 */
public record Evidence(
        UUID id,
        UUID organisationId,
        String title,
        EvidenceKind kind,
        @Nullable String linkType,
        @Nullable UUID linkId,
        LocalDate effectiveDate,
        @Nullable LocalDate expiryDate,
        UUID ownerUserId,
        int revision,
        Instant createdAt,
        @Nullable Instant expiryWarnedAt) {

    public enum EvidenceKind {
        FILE,
        LINK
    }

    /** VALID, EXPIRING (within the warning window) or EXPIRED on a given day. */
    public String expiryState(LocalDate today, int warnDays) {
        if (expiryDate == null) {
            return "VALID";
        }
        if (expiryDate.isBefore(today)) {
            return "EXPIRED";
        }
        return expiryDate.isAfter(today.plusDays(warnDays)) ? "VALID" : "EXPIRING";
    }
}
