package id.rantai.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How other modules reach a user: name and e-mail address, nothing about credentials or roles. */
public interface UserDirectory {

    /** The user's contact details; empty for an unknown or disabled account. */
    Optional<Contact> contact(UUID userId);

    /** The enabled users of an organisation who hold a role. */
    List<Contact> withRole(UUID organisationId, Role role);

    record Contact(UUID userId, String fullName, @Nullable String email) {}
}
