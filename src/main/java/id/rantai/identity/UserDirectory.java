package id.rantai.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.lang.Nullable;

/** How other modules reach a user: name and e-mail address, nothing about credentials or roles. */
public interface UserDirectory {

    /** The user's contact details; empty for an unknown or disabled account. */
    Optional<Contact> contact(UUID userId);

    record Contact(UUID userId, String fullName, @Nullable String email) {
    }
}
