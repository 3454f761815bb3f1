package id.rantai.monitoring.alert;

import id.rantai.eseal.TripCloseCheck;
import id.rantai.eseal.TripStateChanged;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a trip's alerts mean for its end: an open critical alert stops a customs officer from
 * closing it until resolved with a note; device-fault alerts end once the seal is off the
 * container (removed, or the trip cancelled or closed).
 */
@Component
class AlertsAtTripEnd implements TripCloseCheck {
    private final AlertBook alerts;

    AlertsAtTripEnd(AlertBook alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<String> blockers(UUID tripId) {
        return alerts.openCritical(tripId).stream()
                .map(a -> "critical alert " + a.type() + " " + a.id() + " ("
                        + a.status().name().toLowerCase(Locale.ROOT) + " since " + a.openedAt() + ")")
                .toList();
    }

    /**
     * Registered (it must outlive a crash) only for the states that end a trip: the condition keeps
     * departures and arrivals, which the rule stage carries out by the hundred, from writing a
     * publication each for nothing.
     */
    @TransactionalEventListener(condition = "#root.args[0].to().endsMonitoring()")
    void on(TripStateChanged e) {
        alerts.tripEnded(e.tripId(), e.to().name().toLowerCase(Locale.ROOT));
    }
}
