package id.rantai.eseal.norm;

import id.rantai.eseal.NormBreached;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import id.rantai.shared.time.OfficeTimeZone;
import org.springframework.context.MessageSource;
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
    private final Organisations organisations;
    private final MessageSource messages;

    BreachMail(
            Notifications notifications,
            UserDirectory users,
            JdbcTrips trips,
            Organisations organisations,
            MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.trips = trips;
        this.organisations = organisations;
        this.messages = messages;
    }

    @EventListener
    void on(NormBreached e) {
        if (!notifications.enabled()) {
            return;
        }
        Object about = e.tripId() == null
                ? MailText.label("mail.norm.disruption")
                : trips.find(e.tripId()).map(Trip::reference).orElse(e.tripId().toString());
        String aboutKey = e.tripId() == null ? "mail.norm.onDisruption" : "mail.norm.onTrip";
        OfficeTimeZone zone = e.officeId() == null ? OfficeTimeZone.WIB : organisations.timeZoneOf(e.officeId());
        MailText mail = MailText.with(messages)
                .subject(
                        "mail.norm.subject", MailText.label("norm." + e.norm().name()), MailText.label(aboutKey), about)
                .paragraph(
                        "mail.norm.breached",
                        MailText.label("norm." + e.norm().name()),
                        MailText.label(aboutKey),
                        about)
                .fact("mail.norm.dueAt", MailText.time(e.dueAt(), zone))
                .fact("mail.norm.foundAt", MailText.time(e.breachedAt(), zone))
                .paragraph("mail.norm.counts");
        String subject = mail.subject();
        String text = mail.body();
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
