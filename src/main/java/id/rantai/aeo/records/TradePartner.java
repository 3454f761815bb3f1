package id.rantai.aeo.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entry of the trade-partner register (AEO 6.f): who, how screened, whether the contract binds them to security. */
public record TradePartner(
        UUID id,
        UUID organisationId,
        String name,
        String country,
        String relationship,
        Screening screening,
        @Nullable LocalDate screenedOn,
        boolean securityClause,
        boolean aeoCertified,
        @Nullable LocalDate lastReviewOn,
        @Nullable LocalDate nextReviewOn,
        @Nullable String notes,
        Instant createdAt,
        Instant updatedAt) {

    public enum Screening {
        PENDING,
        CLEARED,
        CONDITIONAL,
        REJECTED
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
