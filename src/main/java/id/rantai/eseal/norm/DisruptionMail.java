package id.rantai.eseal.norm;

import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.disruption.Disruption;
import id.rantai.eseal.disruption.JdbcDisruptions;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disruption report goes to the provider's staff at once, since the norm's clock for their
 * acknowledgement starts with the report; the mail states both of the disruption norms. Not when the
 * provider reported it itself.
 */
@Component
class DisruptionMail {
    private final Notifications notifications;
    private final UserDirectory users;
    private final JdbcDisruptions disruptions;
    private final JdbcTrips trips;
    private final NormProperties norms;

    DisruptionMail(
            Notifications notifications,
            UserDirectory users,
            JdbcDisruptions disruptions,
            JdbcTrips trips,
            NormProperties norms) {
        this.notifications = notifications;
        this.users = users;
        this.disruptions = disruptions;
        this.trips = trips;
        this.norms = norms;
    }

    @EventListener
    void on(DisruptionReported e) {
        if (!notifications.enabled()) {
            return;
        }
        Disruption d = disruptions.find(e.disruptionId()).orElseThrow();
        if (e.providerId().equals(d.reporterOrgId())) {
            return;
        }
        String about = d.tripId() == null
                ? "a seal"
                : "trip " + trips.find(d.tripId()).map(Trip::reference).orElse("?");
        notifications.queueEach(
                e.providerId(),
                "disruption:" + d.id(),
                "DISRUPTION_REPORTED",
                users.withRole(e.providerId(), Role.PROVIDER_STAFF),
                "Disruption reported on " + about + ": " + d.category(),
                "A disruption (laporan kendala) was reported on " + about + ":\n\n" + d.category() + " — "
                        + d.description()
                        + "\n\nAcknowledge it within "
                        + minutes(norms.disruptionAcknowledgement().toMinutes())
                        + " and resolve it within "
                        + minutes(norms.disruptionResolution().toMinutes())
                        + ", as the SOP norms require.\n\nReport: " + d.id());
    }

    private static String minutes(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }
}
