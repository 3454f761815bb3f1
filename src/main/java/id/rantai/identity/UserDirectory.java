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

    /**
     * How a user signs a document, whether or not the account is still enabled: a document signed
     * by someone who has since left still names them.
     */
    Optional<Signatory> signatory(UUID userId);

    record Contact(UUID userId, String fullName, @Nullable String email) {}

    /** Name, NIP and position as the signer block prints them; NIP and position null where not recorded. */
    record Signatory(
            String fullName, @Nullable String nip, @Nullable String position) {}
}
