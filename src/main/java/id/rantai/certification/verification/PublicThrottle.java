package id.rantai.certification.verification;

import id.rantai.shared.RateLimitedException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A fixed one-minute window of public requests per client address and kind ({@code verify},
 * {@code submit}), shared by every Rantai instance through the database. Each instance also counts
 * locally: what it alone has seen over the limit is refused without touching the database, so a
 * flood from one address costs no writes.
 */
@Component
public class PublicThrottle {
    private final JdbcRequestWindows windows;
    private final Clock clock;
    private final Map<String, AtomicInteger> local = new ConcurrentHashMap<>();
    private volatile long localMinute = -1;

    PublicThrottle(JdbcRequestWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /**
     * Counts one request of a kind from {@code client}; refuses it (429) when the client has made more
     * than {@code perMinute} of that kind this minute.
     */
    public void admit(String kind, String client, int perMinute) {
        long minute = clock.millis() / 60_000;
        String key = kind + ":" + client;
        key = key.length() > 64 ? key.substring(0, 64) : key;
        if (localCount(key, minute) > perMinute || windows.countOne(key, minute) > perMinute) {
            throw new RateLimitedException(
                    "Too many requests; try again in a minute", 60 - (clock.millis() / 1000) % 60);
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

    /** Forgets finished minutes. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    int forgetOldWindows() {
        return windows.forgetBefore(clock.millis() / 60_000 - 1);
    }
}
