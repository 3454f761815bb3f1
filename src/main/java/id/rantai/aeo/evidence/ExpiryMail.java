package id.rantai.aeo.evidence;

import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notifications;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells an evidence's owner it is about to lapse. Queued in the same transaction
 * that marks the evidence as warned, so for an owner with an e-mail address the mail exists exactly
 * when the warning does.
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
        var owner = users.contact(e.ownerUserId());
        if (owner.isEmpty()) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(today, e.expiryDate());
        String when = days < 0
                ? "expired on " + e.expiryDate()
                : days == 0 ? "expires today" : "expires on " + e.expiryDate() + " (in " + days + " days)";
        String text = "the AEO evidence \"" + e.title() + "\" (revision " + e.revision() + ") " + when + ".\n"
                + "Bukti AEO \"" + e.title() + "\" berakhir masa berlakunya pada " + e.expiryDate() + ".\n\n"
                + "Criteria that cite it lose its support when it lapses: upload a new revision in Rantai "
                + "(AEO > Evidence > " + e.id() + ").";
        return notifications.queueEach(
                        e.organisationId(),
                        "aeo-evidence-expiry:" + e.id() + ":" + e.revision() + ":" + e.expiryDate(),
                        "AEO_EVIDENCE_EXPIRING",
                        List.of(owner.get()),
                        "AEO evidence " + when + ": " + e.title(),
                        text)
                > 0;
    }
}
