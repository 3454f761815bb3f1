package id.rantai.monitoring.rules;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.live.LiveFeed;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs stored readings through their trip's monitor and carries out what it concludes: alerts,
 * departure and arrival, and the live positions. A timer asks every monitor what time alone
 * concludes (signal lost, ETA overrun).
 */
@Component
public class RuleEngine {
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final TripMonitors monitors;
    private final AlertBook alerts;
    private final MonitoredTrips trips;
    private final LiveFeed live;
    private final Clock clock;

    RuleEngine(TripMonitors monitors, AlertBook alerts, MonitoredTrips trips, LiveFeed live, Clock clock) {
        this.monitors = monitors;
        this.alerts = alerts;
        this.trips = trips;
        this.live = live;
        this.clock = clock;
    }

    /** @param readings new readings, in device-time order per seal */
    public void evaluate(List<Reading> readings) {
        for (Reading r : readings) {
            TripMonitor m = monitors.bySeal(r.sealId());
            if (m == null) {
                continue;
            }
            WatchedTrip t = m.trip();
            apply(t, m.evaluate(r));
            if (r.hasPosition()) {
                live.publish(new LiveEvent("position", LivePosition.of(t, r), t.customsOfficeId(), t.providerId(),
                        t.requesterId()));
            }
        }
    }

    @Scheduled(fixedDelayString = "${rantai.monitoring.check-interval:PT5S}")
    public void tick() {
        var now = clock.instant();
        for (TripMonitor m : monitors.all()) {
            try {
                apply(m.trip(), m.tick(now));
            } catch (RuntimeException e) {
                log.error("Timer rules failed for trip {}", m.trip().tripId(), e);
            }
        }
    }

    private void apply(WatchedTrip trip, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Raise r) {
                alerts.raise(trip, r);
            } else if (o instanceof Outcome.Clear c) {
                alerts.clear(trip, c);
            } else if (o instanceof Outcome.Departed d) {
                trips.departed(trip.tripId(), d.at());
            } else if (o instanceof Outcome.Arrived a) {
                trips.arrived(trip.tripId(), a.at());
            }
        }
    }

    /** A position as the live stream shows it. */
    public record LivePosition(java.util.UUID tripId, String reference, java.util.UUID sealId, String seal,
                               java.time.Instant deviceTime, double latitude, double longitude, double speedKmh,
                               double heading, int batteryPercent, String lockState) {
        static LivePosition of(WatchedTrip t, Reading r) {
            return new LivePosition(t.tripId(), t.reference(), r.sealId(), t.sealSerial(), r.deviceTime(), r.latitude(),
                    r.longitude(), r.speedKmh(), r.heading(), r.batteryPercent(), r.lockState().name());
        }
    }
}
