package id.rantai.aeo.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A crisis-management and contingency plan (AEO 6.g): the emergencies it covers, the authorities it
 * works with, when it was approved and when it is due for review. Its drills are review records.
 */
public record CrisisPlan(
        UUID id,
        UUID organisationId,
        String title,
        String scenarios,
        @Nullable String authorities,
        LocalDate approvedOn,
        LocalDate reviewDueOn,
        Instant createdAt,
        UUID createdBy) {}
