package id.rantai.identity;

import id.rantai.audit.AuditRecord;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated person a request acts for, with their organisation. Tenancy rules in every
 * module start from here.
 */
public record Actor(
        UUID userId,
        String username,
        @Nullable UUID organisationId,
        @Nullable OrganisationKind organisationKind,
        Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(@Nullable UUID organisation) {
        return organisation != null && organisation.equals(organisationId);
    }

    public boolean isOfKind(OrganisationKind kind) {
        return kind == organisationKind;
    }

    /** The audit-trail entry for something this person did to a subject at a time. */
    public AuditRecord auditEntry(
            Instant at, String action, String subjectType, UUID subjectId, @Nullable String details) {
        return new AuditRecord(at, userId, username, organisationId, action, subjectType, subjectId, details);
    }
}
