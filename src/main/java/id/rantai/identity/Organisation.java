package id.rantai.identity;

import id.rantai.shared.time.OfficeTimeZone;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tenant. A customs office has a time zone; a company names the customs office that supervises it.
 */
public record Organisation(
        UUID id,
        String name,
        OrganisationKind kind,
        @Nullable String code,
        @Nullable OfficeTimeZone timeZone,
        @Nullable UUID customsOfficeId,
        Set<BusinessRole> businessRoles,
        Instant createdAt) {
    public Organisation {
        businessRoles = Set.copyOf(businessRoles);
    }

    public boolean is(OrganisationKind k) {
        return kind == k;
    }
}
