package id.rantai.aeo.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A periodic review the framework asks for: a security risk assessment (7.a), an internal audit
 * (7.b, 7.c) or a crisis drill (6.g) — when it was held, who was responsible, what was found, what
 * management said and what is recommended.
 */
public record ReviewRecord(
        UUID id,
        UUID organisationId,
        Kind kind,
        String title,
        LocalDate heldOn,
        String responsible,
        String findings,
        @Nullable String managementFeedback,
        @Nullable String recommendations,
        Instant createdAt,
        UUID createdBy) {

    public enum Kind {
        RISK_ASSESSMENT(12),
        INTERNAL_AUDIT(12),
        CRISIS_DRILL(12);

        /** The interval when a company has set none. */
        final int defaultIntervalMonths;

        Kind(int months) {
            this.defaultIntervalMonths = months;
        }
    }
}
