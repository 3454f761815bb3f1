package id.rantai.monitoring.alert;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.monitoring.AlertRaised;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertType;
import id.rantai.notification.Notifications;
import id.rantai.shared.time.OfficeTimeZone;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Notifications notifications;
    private final UserDirectory users;
    private final Organisations organisations;
    private final MonitoredTrips trips;

    AlertMail(Notifications notifications, UserDirectory users, Organisations organisations, MonitoredTrips trips) {
        this.notifications = notifications;
        this.users = users;
        this.organisations = organisations;
        this.trips = trips;
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
        String subject = "[" + alert.severity() + "] " + alert.type() + " — trip " + reference;
        String text = text(alert, trip, reference);
        audiences.forEach((organisation, people) -> notifications.queueEach(
                organisation, "alert:" + alert.alertId(), "ALERT_" + alert.severity(), people, subject, text));
    }

    private String text(AlertRaised alert, MonitoredTrip trip, String reference) {
        OfficeTimeZone zone = organisations.timeZoneOf(alert.parties().customsOfficeId());
        String local = LOCAL.format(alert.deviceTime().atZone(zone.zone())) + " " + zone.name();
        StringBuilder b = new StringBuilder();
        b.append("Rantai raised ")
                .append(alert.type())
                .append(" (")
                .append(alert.severity())
                .append(") on trip ")
                .append(reference);
        if (trip != null) {
            b.append(", seal ").append(trip.sealSerial());
        }
        b.append(".\n\nSeal time: ")
                .append(local)
                .append(" (")
                .append(alert.deviceTime())
                .append(")\n");
        if (!Double.isNaN(alert.latitude()) && !Double.isNaN(alert.longitude())) {
            b.append(String.format(Locale.ROOT, "Position: %.6f, %.6f%n", alert.latitude(), alert.longitude()));
        }
        b.append("Alert: ")
                .append(alert.alertId())
                .append("\n\nAcknowledge and resolve it in Rantai; the live stream shows the trip.");
        return b.toString();
    }
}
