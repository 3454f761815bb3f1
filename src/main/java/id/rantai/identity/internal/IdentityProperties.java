package id.rantai.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * @param adminUsername the administrator created on first start with an empty database
 * @param adminPassword its password; when empty a random one is generated and printed once
 */
@ConfigurationProperties("rantai.identity")
record IdentityProperties(@Nullable String adminUsername, @Nullable String adminPassword) {
    IdentityProperties {
        if (adminUsername == null || adminUsername.isBlank()) {
            adminUsername = "admin";
        }
    }
}
