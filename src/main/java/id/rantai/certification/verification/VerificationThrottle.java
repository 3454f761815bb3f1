package id.rantai.certification.verification;

import id.rantai.certification.CertificationProperties;
import id.rantai.shared.RateLimitedException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A fixed one-minute window of public verifications per client address, shared by every Rantai
 * instance through the database. Each instance also counts locally: what it alone has seen over the
 * limit is refused without touching the database, so a flood from one address costs no writes.
 */
@Component
class VerificationThrottle {
    private final JdbcClient jdbc;
    private final CertificationProperties properties;
    private final Clock clock;
    private final Map<String, AtomicInteger> local = new ConcurrentHashMap<>();
    private volatile long localMinute = -1;

    VerificationThrottle(JdbcClient jdbc, CertificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one request from {@code client}; refuses it (429) when the client is over the limit this minute. */
    void admit(String client) {
        long minute = clock.millis() / 60_000;
        String key = client.length() > 64 ? client.substring(0, 64) : client;
        if (localCount(key, minute) > properties.verifyPerMinute() || sharedCount(key, minute) > properties.verifyPerMinute()) {
            throw new RateLimitedException("Too many verification requests; try again in a minute",
                    60 - (clock.millis() / 1000) % 60);
        }
    }

    private int localCount(String client, long minute) {
        if (minute != localMinute) {
            synchronized (this) {
                if (minute != localMinute) {
                    local.clear(); // dropped each minute, so it cannot grow without bound
                    localMinute = minute;
                }
            }
        }
        return local.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
    }

    private int sharedCount(String client, long minute) {
        if (increment(client, minute) == 0) {
            try {
                jdbc.sql("INSERT INTO cert_verify_window (client, window_minute, hits) VALUES (?, ?, 1)").params(client, minute)
                        .update();
                return 1;
            } catch (DuplicateKeyException anotherInstanceFirst) {
                increment(client, minute);
            }
        }
        return jdbc.sql("SELECT hits FROM cert_verify_window WHERE client = ? AND window_minute = ?").params(client, minute)
                .query(Integer.class).single();
    }

    private int increment(String client, long minute) {
        return jdbc.sql("UPDATE cert_verify_window SET hits = hits + 1 WHERE client = ? AND window_minute = ?")
                .params(client, minute).update();
    }

    /** Forgets finished minutes. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    int forgetOldWindows() {
        return jdbc.sql("DELETE FROM cert_verify_window WHERE window_minute < ?").param(clock.millis() / 60_000 - 1).update();
    }
}
