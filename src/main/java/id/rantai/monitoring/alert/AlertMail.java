package id.rantai.monitoring.alert;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.monitoring.AlertRaised;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertType;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import id.rantai.shared.time.OfficeTimeZone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a new alert to the people who must act on it, alongside the live stream (which only
 * reaches whoever is watching): a critical alert — the seal left its corridor, was opened, tampered
 * with or unlocked without authority — goes to the customs officers of the trip's office and the
 * staff of the company that requested it; a refused unlock to the officers; a seal that fails as a
 * device (signal lost, battery, a command unanswered) to the provider's staff, who answer for its
 * availability. Queued in the transaction that opens the alert, once per alert and person.
 */
@Component
class AlertMail {
    private final Notifications notifications;
    private final UserDirectory users;
    private final Organisations organisations;
    private final MonitoredTrips trips;
    private final MessageSource messages;

    AlertMail(
            Notifications notifications,
            UserDirectory users,
            Organisations organisations,
            MonitoredTrips trips,
            MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.organisations = organisations;
        this.trips = trips;
        this.messages = messages;
    }

    @EventListener
    void on(AlertRaised alert) {
        if (!notifications.enabled()) {
            return;
        }
        Map<UUID, List<UserDirectory.Contact>> audiences = new LinkedHashMap<>();
        if (alert.severity() == AlertSeverity.CRITICAL || alert.type() == AlertType.UNLOCK_REFUSED) {
            audiences.put(
                    alert.parties().customsOfficeId(),
                    users.withRole(alert.parties().customsOfficeId(), Role.CUSTOMS_OFFICER));
        }
        if (alert.severity() == AlertSeverity.CRITICAL) {
            audiences.put(
                    alert.parties().requesterId(),
                    users.withRole(alert.parties().requesterId(), Role.SERVICE_USER_STAFF));
        }
        if (alert.type().deviceFault()) {
            audiences.put(
                    alert.parties().providerId(), users.withRole(alert.parties().providerId(), Role.PROVIDER_STAFF));
        }
        audiences.values().removeIf(List::isEmpty);
        if (audiences.isEmpty()) {
            return;
        }
        // One subject and text for every audience: the trip is looked up once.
        MonitoredTrip trip = trips.find(alert.tripId()).orElse(null);
        String reference = trip == null ? alert.tripId().toString() : trip.reference();
        OfficeTimeZone zone = organisations.timeZoneOf(alert.parties().customsOfficeId());
        MailText mail = MailText.with(messages)
                .subject(
                        "mail.alert.subject",
                        MailText.label("severity." + alert.severity().name()),
                        MailText.label("alert." + alert.type().name()),
                        reference)
                .paragraph(
                        "mail.alert.raised",
                        MailText.label("alert." + alert.type().name()),
                        MailText.label("severity." + alert.severity().name()),
                        reference)
                .fact("mail.alert.seal", trip == null ? "—" : trip.sealSerial())
                .fact("mail.alert.sealTime", MailText.time(alert.deviceTime(), zone));
        if (!Double.isNaN(alert.latitude()) && !Double.isNaN(alert.longitude())) {
            mail.fact(
                    "mail.alert.position",
                    String.format(Locale.ROOT, "%.6f, %.6f", alert.latitude(), alert.longitude()));
        }
        mail.fact("mail.alert.id", alert.alertId().toString()).paragraph("mail.alert.act");
        String subject = mail.subject();
        String text = mail.body();
        audiences.forEach((organisation, people) -> notifications.queueEach(
                organisation, "alert:" + alert.alertId(), "ALERT_" + alert.severity(), people, subject, text));
    }
}
