package id.rantai.eseal.skp;

import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    SkpFailureMail(Notifications notifications, UserDirectory users, JdbcTrips trips, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.trips = trips;
        this.messages = messages;
    }

    void failed(JdbcSkpDeliveries.Claimed d, String error) {
        Trip trip = trips.find(d.tripId()).orElse(null);
        if (trip == null) {
            return;
        }
        MailText mail = MailText.with(messages)
                .subject("mail.skp.subject", MailText.label("skpKind." + d.kind()), trip.reference())
                .paragraph("mail.skp.failed", MailText.label("skpKind." + d.kind()), trip.reference())
                .fact("mail.skp.error", error)
                .fact("mail.skp.event", d.eventId().toString())
                .paragraph("mail.skp.waiting", "POST /api/v1/skp/deliveries/" + d.id() + "/retry");
        notifications.queueEach(
                trip.parties().customsOfficeId(),
                "skp-failed:" + d.id() + ":" + d.attempts(),
                "SKP_DELIVERY_FAILED",
                users.withRole(trip.parties().customsOfficeId(), Role.CUSTOMS_OFFICER),
                mail.subject(),
                mail.body());
    }
}
