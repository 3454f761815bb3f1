package id.rantai.identity.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminUsername the administrator created on first start with an empty database
 * @param adminPassword its password; when empty a random one is generated and printed once
 * @param maxFailedLogins consecutive wrong passwords after which an account is locked
 * @param lockout        how long it then stays locked (an administrator may unlock it sooner)
 */
@ConfigurationProperties("rantai.identity")
record IdentityProperties(
        @Nullable String adminUsername,
        @Nullable String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") Duration lockout) {
    IdentityProperties {
        if (adminUsername == null || adminUsername.isBlank()) {
            adminUsername = "admin";
        }
    }
}
