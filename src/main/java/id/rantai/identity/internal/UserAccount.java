package id.rantai.identity.internal;

import id.rantai.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored user. The password hash never leaves the identity module. */
record UserAccount(
        UUID id,
        String username,
        String passwordHash,
        String fullName,
        @Nullable String email,
        @Nullable UUID organisationId,
        boolean enabled,
        Set<Role> roles,
        Instant createdAt) {

    UserAccount withRoles(Set<Role> held) {
        return new UserAccount(id, username, passwordHash, fullName, email, organisationId, enabled, held, createdAt);
    }
}
