package id.rantai.aeo.evidence;

import id.rantai.identity.UserDirectory;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ExpiryMail(UserDirectory users, Notifications notifications, MessageSource messages) {
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Queues the warning; false when the owner has no (valid) e-mail address or mail is not configured. */
    boolean queue(Evidence e, LocalDate today) {
        var owner = users.contact(e.ownerUserId());
        if (owner.isEmpty()) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(today, e.expiryDate());
        String when = days < 0 ? "mail.evidence.expired" : days == 0 ? "mail.evidence.today" : "mail.evidence.expires";
        MailText mail = MailText.with(messages)
                .subject("mail.evidence.subject", MailText.label(when + ".short"), e.title())
                .paragraph(when, e.title(), e.revision(), MailText.date(e.expiryDate()), days)
                .paragraph("mail.evidence.act", e.id().toString());
        return notifications.queueEach(
                        e.organisationId(),
                        "aeo-evidence-expiry:" + e.id() + ":" + e.revision() + ":" + e.expiryDate(),
                        "AEO_EVIDENCE_EXPIRING",
                        List.of(owner.get()),
                        mail.subject(),
                        mail.body())
                > 0;
    }
}
