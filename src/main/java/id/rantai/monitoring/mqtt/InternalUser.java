package id.rantai.monitoring.mqtt;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Rantai's own login on the embedded broker: a random password that lives only in memory. */
@Component
class InternalUser {
    static final String NAME = "rantai-internal";
    private final String password;

    InternalUser() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String password() {
        return password;
    }
}
