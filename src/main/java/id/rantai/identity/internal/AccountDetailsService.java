package id.rantai.identity.internal;

import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {
    private final JdbcUserAccounts users;
    private final JdbcOrganisations organisations;
    private final LoginAttempts attempts;

    AccountDetailsService(JdbcUserAccounts users, JdbcOrganisations organisations, LoginAttempts attempts) {
        this.users = users;
        this.organisations = organisations;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        var kind = u.organisationId() == null
                ? null
                : organisations.find(u.organisationId()).map(Organisation::kind).orElse(null);
        LoginAttempts.State login = attempts.state(u.id());
        return new AccountPrincipal(
                new Actor(u.id(), u.username(), u.organisationId(), kind, u.roles()),
                u.passwordHash(),
                u.enabled(),
                login.locked(),
                login.failedLogins(),
                u.language());
    }
}
