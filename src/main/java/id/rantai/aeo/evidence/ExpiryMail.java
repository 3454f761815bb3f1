package id.rantai.aeo.evidence;

import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notification;
import id.rantai.notification.Notifications;
import id.rantai.shared.Inputs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells an evidence's owner it is about to lapse. Queued in the same transaction
 * that marks the evidence as warned, so the warning is recorded if and only if the mail will go.
 */
@Component
class ExpiryMail {
    private final UserDirectory users;
    private final Notifications notifications;

    ExpiryMail(UserDirectory users, Notifications notifications) {
        this.users = users;
        this.notifications = notifications;
    }

    /** Queues the warning; false when the owner has no (valid) e-mail address or mail is not configured. */
    boolean queue(Evidence e, LocalDate today) {
        var owner = users.contact(e.ownerUserId()).filter(c -> Inputs.isEmail(c.email())).orElse(null);
        if (owner == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(today, e.expiryDate());
        String when = days < 0 ? "expired on " + e.expiryDate() : days == 0 ? "expires today" : "expires on " + e.expiryDate()
                + " (in " + days + " days)";
        String text = "Dear " + owner.fullName() + ",\n\n"
                + "the AEO evidence \"" + e.title() + "\" (revision " + e.revision() + ") " + when + ".\n"
                + "Bukti AEO \"" + e.title() + "\" berakhir masa berlakunya pada " + e.expiryDate() + ".\n\n"
                + "Criteria that cite it lose its support when it lapses: upload a new revision in Rantai "
                + "(AEO > Evidence > " + e.id() + ").\n\nRantai";
        return notifications.queue(new Notification(e.organisationId(),
                "aeo-evidence-expiry:" + e.id() + ":" + e.revision() + ":" + e.expiryDate(), "AEO_EVIDENCE_EXPIRING",
                owner.email(), "AEO evidence " + when + ": " + e.title(), text));
    }
}
