package id.rantai.identity.internal;

import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class AccountDirectory implements UserDirectory {
    private final JdbcUserAccounts accounts;

    AccountDirectory(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Contact> contact(UUID userId) {
        return accounts.findById(userId).filter(UserAccount::enabled).map(AccountDirectory::contact);
    }

    @Override
    public List<Contact> withRole(UUID organisationId, Role role) {
        return accounts.findByOrganisation(organisationId).stream()
                .filter(u -> u.enabled() && u.roles().contains(role))
                .map(AccountDirectory::contact)
                .toList();
    }

    @Override
    public Optional<Signatory> signatory(UUID userId) {
        return accounts.findById(userId).map(u -> new Signatory(u.fullName(), u.nip(), u.officialPosition()));
    }

    private static Contact contact(UserAccount u) {
        return new Contact(u.id(), u.fullName(), u.email());
    }
}
