package id.rantai.monitoring.ingest;

import id.rantai.eseal.DeviceSecrets;
import id.rantai.eseal.SealCredential;
import id.rantai.eseal.SealCredentialChanged;
import id.rantai.eseal.SealDirectory;
import id.rantai.shared.AfterCommit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Authenticates seals by serial number and device secret. Credentials are cached briefly so that a
 * busy seal does not cost a database lookup per message (nor an unknown sender one per frame); a
 * registration, rotation or status change on this instance is seen at once, one made on another
 * instance within {@link #CACHE_FOR}.
 */
@Component
public class DeviceAuthenticator {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private record Cached(Optional<SealCredential> credential, Instant until) {}

    private final SealDirectory seals;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    DeviceAuthenticator(SealDirectory seals, Clock clock) {
        this.seals = seals;
        this.clock = clock;
    }

    public Optional<SealCredential> authenticate(@Nullable String serial, @Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return identify(serial).filter(cred -> DeviceSecrets.matches(secret, cred.secretHash()));
    }

    /**
     * A registered, not retired seal by its serial number alone — for vendor protocols such as
     * JT701 whose frames carry no credential; their port must be reachable only from the
     * provider's network (see the README).
     */
    public Optional<SealCredential> identify(@Nullable String serial) {
        if (serial == null || serial.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached c = cache.get(serial);
        if (c == null || c.until().isBefore(now)) {
            c = new Cached(seals.bySerial(serial), now.plus(CACHE_FOR));
            cache.put(serial, c);
        }
        return c.credential();
    }

    /** A seal registered after its device was refused as unknown is accepted at its next report. */
    @EventListener
    void on(SealCredentialChanged e) {
        AfterCommit.run(() -> cache.remove(e.serialNumber()));
    }

    /** Serial and secret from an HTTP Basic {@code Authorization} header. */
    public Optional<SealCredential> authenticateBasic(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
