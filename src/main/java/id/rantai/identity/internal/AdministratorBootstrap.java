package id.rantai.identity.internal;

import id.rantai.identity.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when the user table is empty, so a fresh installation can be
 * logged into without touching the database. A generated password is printed once and never again:
 * it is not stored anywhere but as its bcrypt hash.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private final JdbcUserAccounts users;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    AdministratorBootstrap(
            JdbcUserAccounts users, PasswordEncoder encoder, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        users.insert(new UserAccount(
                UUID.randomUUID(),
                properties.adminUsername(),
                encoder.encode(password),
                "Administrator",
                null,
                null,
                true,
                Set.of(Role.ADMIN),
                clock.instant(),
                null,
                null,
                null));
        if (generated) {
            log.warn("""

                    ================================================================
                     Rantai administrator created: user '{}', password '{}'
                     This password is shown only once. Change it after logging in.
                    ================================================================""", properties.adminUsername(), password);
        } else {
            log.info("Rantai administrator '{}' created with the configured password", properties.adminUsername());
        }
    }
}
