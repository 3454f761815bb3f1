package id.rantai.identity.internal;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the account is locked now, and how many wrong passwords it has had since the last right one. */
    record State(boolean locked, int failedLogins) {}

    State state(UUID userId) {
        return jdbc.sql("SELECT failed_logins, locked_until FROM app_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> {
                    Instant until = SqlTime.instant(rs, "locked_until");
                    return new State(until != null && until.isAfter(clock.instant()), rs.getInt("failed_logins"));
                })
                .optional()
                .orElse(new State(false, 0));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent e) {
        String username = e.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE LOWER(username) = LOWER(?)")
                .param(username)
                .update();
        int locked = jdbc.sql("""
                UPDATE app_user SET locked_until = ?, failed_logins = 0 WHERE LOWER(username) = LOWER(?) AND failed_logins >= ?""")
                .params(SqlTime.of(clock.instant().plus(properties.lockout())), username, properties.maxFailedLogins())
                .update();
        if (locked > 0) {
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
            jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE id = ?")
                    .param(p.actor().userId())
                    .update();
        }
    }

    /** Lifts a lock at once (an administrator's act). */
    void unlock(UUID userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .param(userId)
                .update();
    }
}
