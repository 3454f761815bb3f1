package id.rantai.identity.internal;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@code rantai.identity.max-failed-logins} consecutive wrong passwords, for
 * {@code rantai.identity.lockout}: guessing a password online then costs days, not minutes. Counted
 * in the database, so the limit holds across instances; a right password resets the count. A
 * locked account is refused before its password is even checked.
 */
@Component
class LoginAttempts {
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcUserAccounts accounts;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginAttempts(JdbcUserAccounts accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the account is locked now, and how many wrong passwords it has had since the last right one. */
    record State(boolean locked, int failedLogins) {}

    State state(UUID userId) {
        return accounts.loginCount(userId)
                .map(c -> new State(
                        c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant()), c.failedLogins()))
                .orElse(new State(false, 0));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent e) {
        String username = e.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        accounts.countFailedLogin(username);
        if (accounts.lockIfFailedAtLeast(
                username, properties.maxFailedLogins(), clock.instant().plus(properties.lockout()))) {
            log.warn(
                    "Account '{}' locked for {} after {} wrong passwords",
                    username,
                    properties.lockout(),
                    properties.maxFailedLogins());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof AccountPrincipal p && p.failedLogins() > 0) {
            accounts.resetFailedLogins(p.actor().userId());
        }
    }

    /** Lifts a lock at once (an administrator's act). */
    void unlock(UUID userId) {
        accounts.unlock(userId);
    }
}
