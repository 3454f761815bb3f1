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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final OfficeSettings settings;
    private final MonitoredTrips trips;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counter removed;

    ReadingRetention(
            JdbcClient jdbc,
            OfficeSettings settings,
            MonitoredTrips trips,
            TransactionTemplate tx,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
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
        List<UUID> candidates = jdbc.sql("""
                SELECT DISTINCT trip_id FROM telemetry_reading
                WHERE device_time < ? AND trip_id IS NOT NULL
                AND trip_id NOT IN (SELECT trip_id FROM reading_thinned_trip)""")
                .param(SqlTime.of(youngestCutoff))
                .query(UUID.class)
                .list();
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
            List<Old> old = jdbc.sql("""
                    SELECT seal_id, device_time, sequence, fix_valid, lock_state, events, unlock_method, rfid_card,
                    reported_time FROM telemetry_reading WHERE trip_id = ? AND device_time < ? ORDER BY device_time, sequence""")
                    .params(tripId, SqlTime.of(cutoff))
                    .query((rs, i) -> new Old(
                            (UUID) rs.getObject("seal_id"),
                            SqlTime.instant(rs, "device_time"),
                            rs.getLong("sequence"),
                            rs.getBoolean("fix_valid"),
                            rs.getString("lock_state"),
                            rs.getInt("events"),
                            rs.getString("unlock_method"),
                            rs.getString("rfid_card"),
                            rs.getObject("reported_time") != null))
                    .list();
            List<Old> drop = notNeeded(old);
            for (Old o : drop) {
                delete(SqlTime.of(o.deviceTime()), o.sealId(), o.sequence());
            }
            Boolean younger = jdbc.sql(
                            "SELECT COUNT(*) > 0 FROM telemetry_reading WHERE trip_id = ? AND device_time >= ?")
                    .params(tripId, SqlTime.of(cutoff))
                    .query(Boolean.class)
                    .single();
            // Remembered only once the trip is over and all of it is past the cut-off.
            if (!younger && over) {
                jdbc.sql("INSERT INTO reading_thinned_trip (trip_id, thinned_at) VALUES (?, ?)")
                        .params(tripId, SqlTime.of(now))
                        .update();
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
                List<Object[]> keys = jdbc.sql("""
                        SELECT device_time, seal_id, sequence FROM telemetry_reading
                        WHERE trip_id IS NULL AND device_time < ? FETCH FIRST 1000 ROWS ONLY""")
                        .param(SqlTime.of(cutoff))
                        .query((rs, i) -> new Object[] {
                            rs.getObject("device_time"), rs.getObject("seal_id"), rs.getLong("sequence")
                        })
                        .list();
                for (Object[] k : keys) {
                    delete(k[0], k[1], k[2]);
                }
                return keys.size();
            });
            if (n == null || n == 0) {
                return total;
            }
            total += n;
        }
    }

    private void delete(Object deviceTime, Object sealId, Object sequence) {
        jdbc.sql("DELETE FROM telemetry_reading WHERE device_time = ? AND seal_id = ? AND sequence = ?")
                .params(deviceTime, sealId, sequence)
                .update();
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
