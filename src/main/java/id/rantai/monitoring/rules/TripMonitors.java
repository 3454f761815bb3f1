package id.rantai.monitoring.rules;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.eseal.TripStateChanged;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.ingest.JdbcReadings;
import id.rantai.monitoring.ingest.SealTrips;
import id.rantai.shared.AfterCommit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The monitors of all active trips, by seal and by trip. Built at start from the stored trips,
 * readings and open alerts (so a restart loses no timer and opens no alert twice), and kept in step
 * with the lifecycle by listening to it after each change commits.
 */
@Component
public class TripMonitors implements SealTrips {
    private static final Logger log = LoggerFactory.getLogger(TripMonitors.class);
    /** Enough history to rebuild counters, stop and battery trends after a restart. */
    static final int REPLAY_READINGS = 200;

    private final Map<UUID, TripMonitor> bySeal = new ConcurrentHashMap<>();
    private final Map<UUID, TripMonitor> byTrip = new ConcurrentHashMap<>();
    private final MonitoredTrips trips;
    private final JdbcReadings readings;
    private final AlertBook alerts;
    private final OfficeSettings settings;
    private final JdbcUnlockPolicies unlockPolicies;
    private final Clock clock;

    TripMonitors(
            MonitoredTrips trips,
            JdbcReadings readings,
            AlertBook alerts,
            OfficeSettings settings,
            JdbcUnlockPolicies unlockPolicies,
            Clock clock) {
        this.trips = trips;
        this.readings = readings;
        this.alerts = alerts;
        this.settings = settings;
        this.unlockPolicies = unlockPolicies;
        this.clock = clock;
    }

    /**
     * Watches every active trip, its monitor rebuilt from the readings the rules had evaluated.
     *
     * @return the readings of active trips stored after {@code evaluatedThrough}: a crash came between
     *         their commit and the rules, which must now see them
     */
    List<JdbcReadings.Committed> loadActiveTrips(long evaluatedThrough) {
        List<JdbcReadings.Committed> notEvaluated = new ArrayList<>();
        for (MonitoredTrip t : trips.active()) {
            watch(t, evaluatedThrough);
            notEvaluated.addAll(readings.notEvaluatedOfTrip(t.tripId(), evaluatedThrough));
        }
        log.info(
                "Monitoring {} active trips; {} readings stored before the last stop are evaluated now",
                byTrip.size(),
                notEvaluated.size());
        return notEvaluated;
    }

    @Override
    public @Nullable UUID activeTrip(UUID sealId) {
        TripMonitor m = bySeal.get(sealId);
        return m == null ? null : m.trip().tripId();
    }

    @Override
    public MonitoringSettings settingsForSeal(UUID sealId) {
        TripMonitor m = bySeal.get(sealId);
        return m == null ? settings.defaults() : m.settings();
    }

    /** Memory only, rebuilt from the database at start: after the commit, without a registered publication. */
    @EventListener
    void on(TripStateChanged e) {
        AfterCommit.run(() -> follow(e));
    }

    private void follow(TripStateChanged e) {
        switch (e.to()) {
            case INSTALLED -> trips.find(e.tripId()).ifPresent(t -> watch(t, -1));
            case IN_TRANSIT, ARRIVED -> {
                TripMonitor m = byTrip.get(e.tripId());
                if (m != null) {
                    m.stateChanged(e.to());
                }
            }
            case REMOVED, CLOSED, CANCELLED -> unwatch(e.tripId());
            default -> {}
        }
    }

    /** @param evaluatedThrough on a restart, the last commit the rules evaluated; -1 for a trip just installed */
    private void watch(MonitoredTrip t, long evaluatedThrough) {
        MonitoringSettings s = settings.forOffice(t.parties().customsOfficeId());
        TripMonitor monitor = new TripMonitor(t, s, unlockPolicies.forTrip(t.tripId()), clock.instant());
        if (evaluatedThrough >= 0) {
            for (Reading r : readings.latestOfTrip(t.tripId(), REPLAY_READINGS, evaluatedThrough)) {
                monitor.restore(r);
            }
            monitor.stateChanged(t.state());
        }
        monitor.openAlerts(alerts.openTypes(t.tripId()));
        TripMonitor previous = bySeal.put(t.sealId(), monitor);
        if (previous != null && !previous.trip().tripId().equals(t.tripId())) {
            byTrip.remove(previous.trip().tripId());
        }
        byTrip.put(t.tripId(), monitor);
    }

    private void unwatch(UUID tripId) {
        TripMonitor m = byTrip.remove(tripId);
        if (m != null) {
            bySeal.remove(m.trip().sealId(), m);
        }
    }

    public @Nullable TripMonitor bySeal(UUID sealId) {
        return bySeal.get(sealId);
    }

    public Optional<TripMonitor> byTrip(UUID tripId) {
        return Optional.ofNullable(byTrip.get(tripId));
    }

    public Collection<TripMonitor> all() {
        return byTrip.values();
    }
}
