package id.rantai.eseal.norm;

import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.disruption.Disruption;
import id.rantai.eseal.disruption.JdbcDisruptions;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    DisruptionMail(
            Notifications notifications,
            UserDirectory users,
            JdbcDisruptions disruptions,
            JdbcTrips trips,
            NormProperties norms,
            MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.disruptions = disruptions;
        this.trips = trips;
        this.norms = norms;
        this.messages = messages;
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
        Object about = d.tripId() == null
                ? MailText.label("mail.disruption.aSeal")
                : trips.find(d.tripId()).map(Trip::reference).orElse("?");
        String aboutKey = d.tripId() == null ? "mail.disruption.onSeal" : "mail.disruption.onTrip";
        Object category = MailText.label("disruptionCategory." + d.category());
        MailText mail = MailText.with(messages)
                .subject("mail.disruption.subject", MailText.label(aboutKey), about, category)
                .paragraph("mail.disruption.reported", MailText.label(aboutKey), about)
                .fact("mail.disruption.category", category)
                .fact("mail.disruption.description", d.description())
                .paragraph(
                        "mail.disruption.norms",
                        duration(norms.disruptionAcknowledgement().toMinutes()),
                        duration(norms.disruptionResolution().toMinutes()))
                .fact("mail.disruption.id", d.id().toString());
        notifications.queueEach(
                e.providerId(),
                "disruption:" + d.id(),
                "DISRUPTION_REPORTED",
                users.withRole(e.providerId(), Role.PROVIDER_STAFF),
                mail.subject(),
                mail.body());
    }

    /** "30 menit" / "30 minutes", "24 jam" / "24 hours". */
    private static Object duration(long minutes) {
        return minutes % 60 == 0
                ? MailText.words(minutes / 60 + " jam", minutes / 60 + (minutes == 60 ? " hour" : " hours"))
                : MailText.words(minutes + " menit", minutes + " minutes");
    }
}
