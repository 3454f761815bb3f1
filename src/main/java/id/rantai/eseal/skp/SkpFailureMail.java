package id.rantai.eseal.skp;

import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * A delivery to SKP that failed for good holds up its trip's later events, so the customs officers
 * of the trip's office are e-mailed: someone has to look at it and send it again.
 */
@Component
class SkpFailureMail {
    private final Notifications notifications;
    private final UserDirectory users;
    private final JdbcTrips trips;

    SkpFailureMail(Notifications notifications, UserDirectory users, JdbcTrips trips) {
        this.notifications = notifications;
        this.users = users;
        this.trips = trips;
    }

    void failed(JdbcSkpDeliveries.Claimed d, String error) {
        Trip trip = trips.find(d.tripId()).orElse(null);
        if (trip == null) {
            return;
        }
        notifications.queueEach(
                trip.parties().customsOfficeId(),
                "skp-failed:" + d.id() + ":" + d.attempts(),
                "SKP_DELIVERY_FAILED",
                users.withRole(trip.parties().customsOfficeId(), Role.CUSTOMS_OFFICER),
                "SKP delivery failed: " + d.kind() + " of trip " + trip.reference(),
                "Rantai could not deliver " + d.kind() + " (" + d.eventId() + ") of trip " + trip.reference()
                        + " to SKP:\n\n" + error + "\n\nThe trip's later events wait until it is sent again: "
                        + "POST /api/v1/skp/deliveries/" + d.id() + "/retry once the cause is fixed.");
    }
}
