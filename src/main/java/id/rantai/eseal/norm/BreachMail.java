package id.rantai.eseal.norm;

import id.rantai.eseal.NormBreached;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A breached SOP norm is e-mailed to the customs officers of the office concerned and to the
 * provider's staff: both answer for the service standard, and a breach found by the timer has no
 * other moment at which anyone is looking.
 */
@Component
class BreachMail {
    private final Notifications notifications;
    private final UserDirectory users;
    private final JdbcTrips trips;

    BreachMail(Notifications notifications, UserDirectory users, JdbcTrips trips) {
        this.notifications = notifications;
        this.users = users;
        this.trips = trips;
    }

    @EventListener
    void on(NormBreached e) {
        if (!notifications.enabled()) {
            return;
        }
        String about = e.tripId() == null
                ? "disruption report " + e.subjectId()
                : "trip "
                        + trips.find(e.tripId())
                                .map(Trip::reference)
                                .orElse(e.tripId().toString());
        String subject = "SOP norm breached: " + e.norm() + " on " + about;
        String text = "The SOP norm " + e.norm() + " on " + about + " was due at " + e.dueAt()
                + " (UTC) and was not met" + " in time (found " + e.breachedAt()
                + ").\n\nThe breach counts in the norm report of the office and the provider.";
        if (e.officeId() != null) {
            notifications.queueEach(
                    e.officeId(),
                    "norm-breach:" + e.deadlineId(),
                    "NORM_BREACHED",
                    users.withRole(e.officeId(), Role.CUSTOMS_OFFICER),
                    subject,
                    text);
        }
        notifications.queueEach(
                e.providerId(),
                "norm-breach:" + e.deadlineId(),
                "NORM_BREACHED",
                users.withRole(e.providerId(), Role.PROVIDER_STAFF),
                subject,
                text);
    }
}
