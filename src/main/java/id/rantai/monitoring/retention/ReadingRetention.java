package id.rantai.monitoring.retention;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.monitoring.rules.OfficeSettings;
import id.rantai.shared.jdbc.SqlTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raw readings are kept in full for the months the trip's customs office sets
 * ({@code rawReadingMonths}, twelve by default); after that a trip keeps only what its record needs:
 * <ul>
 *   <li>every reading that carries a seal event, an unlock method or card, or a device clock that
 *       was unusable — the evidence behind an alert;</li>
 *   <li>every reading whose lock state differs from the one before;</li>
 *   <li>the first and the last reading, and the first valid fix in every {@link #TRACK_STEP} — enough
 *       to draw the route the container took on a map.</li>
 * </ul>
 * A seal reporting every 30 s makes 20 readings in ten minutes, so a trip keeps about one in twenty.
 * Readings taken while a seal was on no trip are removed whole after the default period. Runs every
 * night ({@code rantai.monitoring.retention.cron}), one trip per transaction; a trip whose readings
 * are all past the cut-off is remembered and not read again.
 */
@Component
public class ReadingRetention {
    private static final Logger log = LoggerFactory.getLogger(ReadingRetention.class);
    /** How far apart the positions are that a thinned trip keeps. */
    static final Duration TRACK_STEP = Duration.ofMinutes(10);
    /** The shortest retention an office may set; no reading younger than this is ever looked at. */
    static final int MIN_MONTHS = 1;

    private final JdbcRetention stored;
    private final OfficeSettings settings;
    private final MonitoredTrips trips;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counter removed;

    ReadingRetention(
            JdbcRetention stored,
            OfficeSettings settings,
            MonitoredTrips trips,
            TransactionTemplate tx,
            Clock clock,
            MeterRegistry meters) {
        this.stored = stored;
        this.settings = settings;
        this.trips = trips;
        this.tx = tx;
        this.clock = clock;
        this.removed = Counter.builder("rantai.readings.thinned")
                .description("Raw readings removed by the retention policy")
                .register(meters);
    }

    @Scheduled(cron = "${rantai.monitoring.retention.cron:0 30 2 * * *}")
    public void nightly() {
        Summary s = thin(clock.instant());
        if (s.removed() > 0) {
            log.info(
                    "Retention: {} raw readings removed from {} trips and {} without a trip",
                    s.removed(),
                    s.trips(),
                    s.withoutTrip());
        }
    }

    /** What a run did. */
    public record Summary(int trips, long removed, long withoutTrip) {}

    /** Thins every trip whose readings reach back past its office's retention as of {@code now}. */
    public Summary thin(Instant now) {
        Instant youngestCutoff = monthsBefore(now, MIN_MONTHS);
        List<UUID> candidates = stored.tripsWithReadingsBefore(youngestCutoff);
        int thinnedTrips = 0;
        long total = 0;
        for (UUID tripId : candidates) {
            long n = thinTrip(tripId, now);
            if (n > 0) {
                thinnedTrips++;
                total += n;
            }
        }
        long withoutTrip =
                removeWithoutTrip(monthsBefore(now, settings.defaults().rawReadingMonths()));
        removed.increment(total + withoutTrip);
        return new Summary(thinnedTrips, total + withoutTrip, withoutTrip);
    }

    private long thinTrip(UUID tripId, Instant now) {
        var trip = trips.find(tripId);
        int months = trip.map(t -> t.parties().customsOfficeId())
                .map(settings::forOffice)
                .orElse(settings.defaults())
                .rawReadingMonths();
        boolean over = trip.map(t -> t.state().endsMonitoring()).orElse(true);
        Instant cutoff = monthsBefore(now, months);
        Long deleted = tx.execute(status -> {
            List<Old> old = stored.readingsBefore(tripId, cutoff);
            List<Old> drop = notNeeded(old);
            for (Old o : drop) {
                stored.delete(new JdbcRetention.ReadingKey(SqlTime.of(o.deviceTime()), o.sealId(), o.sequence()));
            }
            boolean younger = stored.hasReadingsSince(tripId, cutoff);
            // Remembered only once the trip is over and all of it is past the cut-off.
            if (!younger && over) {
                stored.markThinned(tripId, now);
            }
            return (long) drop.size();
        });
        return deleted == null ? 0 : deleted;
    }

    /** A stored reading, as much of it as deciding whether to keep it takes. */
    record Old(
            UUID sealId,
            Instant deviceTime,
            long sequence,
            boolean fixValid,
            String lockState,
            int events,
            String unlockMethod,
            String rfidCard,
            boolean clockInvalid) {
        boolean isEvidence() {
            return events != 0 || unlockMethod != null || rfidCard != null || clockInvalid;
        }
    }

    /** The readings of one trip's past (oldest first) that its record does not need. */
    static List<Old> notNeeded(List<Old> oldestFirst) {
        List<Old> drop = new ArrayList<>();
        long lastSlot = Long.MIN_VALUE;
        String lastLock = null;
        for (int i = 0; i < oldestFirst.size(); i++) {
            Old r = oldestFirst.get(i);
            boolean keep =
                    i == 0 || i == oldestFirst.size() - 1 || r.isEvidence() || !Objects.equals(r.lockState(), lastLock);
            long slot = Math.floorDiv(r.deviceTime().getEpochSecond(), TRACK_STEP.toSeconds());
            if (r.fixValid() && slot != lastSlot) {
                keep = true;
                lastSlot = slot;
            }
            lastLock = r.lockState();
            if (!keep) {
                drop.add(r);
            }
        }
        return drop;
    }

    private long removeWithoutTrip(Instant cutoff) {
        long total = 0;
        while (true) {
            Integer n = tx.execute(status -> {
                List<JdbcRetention.ReadingKey> keys = stored.withoutTripBefore(cutoff);
                keys.forEach(stored::delete);
                return keys.size();
            });
            if (n == null || n == 0) {
                return total;
            }
            total += n;
        }
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
