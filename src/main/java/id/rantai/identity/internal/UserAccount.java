package id.rantai.identity.internal;

import id.rantai.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored user. The password hash never leaves the identity module. NIP and position are what a
 * document this user signs prints under the signature; language is the one they read Rantai in.
 */
record UserAccount(
        UUID id,
        String username,
        String passwordHash,
        String fullName,
        @Nullable String email,
        @Nullable UUID organisationId,
        boolean enabled,
        Set<Role> roles,
        Instant createdAt,
        @Nullable String nip,
        @Nullable String officialPosition,
        @Nullable String language) {

    UserAccount withRoles(Set<Role> held) {
        return new UserAccount(
                id,
                username,
                passwordHash,
                fullName,
                email,
                organisationId,
                enabled,
                held,
                createdAt,
                nip,
                officialPosition,
                language);
    }
}
