package id.rantai.identity.internal;

import id.rantai.identity.UserDirectory;
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
        return accounts.findById(userId).filter(UserAccount::enabled)
                .map(u -> new Contact(u.id(), u.fullName(), u.email()));
    }
}
