package id.rantai.monitoring.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the readings channels refuse, per seal and reason: a metric per channel and field for
 * operations, and a table the provider's device health reads. A seal that keeps sending something
 * Rantai cannot use is a device to look at, not noise in a log. Counted in memory and written every
 * few seconds, so a seal sending garbage costs no write per message.
 */
@Component
public class Refusals {
    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private record Key(UUID sealId, String reason) {}

    private record Pending(long count, Instant last, String detail) {}

    /** One refusal as the device health shows it. */
    public record Refusal(String reason, long refused, Instant lastRefusedAt, String lastDetail) {}

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final JdbcSealRefusals stored;
    private final MeterRegistry meters;
    private final Clock clock;

    Refusals(JdbcSealRefusals stored, MeterRegistry meters, Clock clock) {
        this.stored = stored;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param sealId null when the sender is not a known seal (counted in the metric only)
     */
    public void refused(String channel, @Nullable UUID sealId, Rejection why) {
        counters.computeIfAbsent(
                        channel + '\u0000' + why.field(),
                        k -> Counter.builder("rantai.readings.refused")
                                .description("Readings a channel refused, by channel and the field at fault")
                                .tag("channel", channel)
                                .tag("field", why.field())
                                .register(meters))
                .increment();
        if (sealId == null) {
            return;
        }
        String reason = truncate(why.field(), 80);
        String detail = truncate(why.message(), 200);
        Instant now = clock.instant();
        pending.merge(
                new Key(sealId, reason),
                new Pending(1, now, detail),
                (a, b) -> new Pending(a.count() + b.count(), b.last(), b.detail()));
    }

    /** Writes what was counted since the last flush. */
    @Scheduled(fixedDelayString = "${rantai.monitoring.refusals-flush:PT5S}")
    public void flush() {
        for (Key k : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(k);
            if (p == null) {
                continue;
            }
            try {
                stored.add(k.sealId(), k.reason(), p.count(), p.last(), p.detail());
            } catch (RuntimeException e) {
                log.warn("Could not record {} refused readings of seal {}: {}", p.count(), k.sealId(), e.toString());
                pending.merge(k, p, (a, b) -> new Pending(a.count() + b.count(), a.last(), a.detail()));
            }
        }
    }

    /**
     * A reading stored with its receive time because the device clock could not be right: not a
     * refusal, but the same kind of sign that the device needs looking at, so it is counted beside
     * them under the reason {@value #CLOCK_UNUSABLE}.
     */
    void clockUnusable(UUID sealId, Instant reported) {
        pending.merge(
                new Key(sealId, CLOCK_UNUSABLE),
                new Pending(1, clock.instant(), "the device said " + reported + "; stored at its receive time"),
                (a, b) -> new Pending(a.count() + b.count(), b.last(), b.detail()));
    }

    public static final String CLOCK_UNUSABLE = "deviceClock";

    /** The seals' refusals, most recent first (what was counted in the last few seconds included). */
    public Map<UUID, List<Refusal>> ofSeals(java.util.Collection<UUID> sealIds) {
        flush();
        return stored.ofSeals(sealIds);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
