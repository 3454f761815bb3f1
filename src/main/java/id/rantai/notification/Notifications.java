package id.rantai.notification;

import id.rantai.identity.UserDirectory;
import id.rantai.shared.Inputs;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.lang.Nullable;

/** Hands e-mails to the outbox. */
public interface Notifications {

    /** Whether an SMTP server is configured; without one nothing is queued. */
    boolean enabled();

    /**
     * Queues the message in the caller's transaction. Returns false, and queues nothing, when a
     * message with the same organisation and key was queued before or no SMTP server is configured.
     */
    boolean queue(Notification notification);

    /**
     * Queues one message to each person with an e-mail address, once per address, under
     * {@code key + ":" + userId}; the text opens with the person's name. Returns how many were queued.
     */
    default int queueEach(@Nullable UUID organisationId, String key, String topic, Collection<UserDirectory.Contact> people,
                          String subject, String text) {
        Set<String> addresses = new HashSet<>();
        int queued = 0;
        for (UserDirectory.Contact c : people) {
            if (!Inputs.isEmail(c.email()) || !addresses.add(c.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (queue(new Notification(organisationId, key + ":" + c.userId(), topic, c.email(), subject,
                    "Dear " + c.fullName() + ",\n\n" + text + "\n\nRantai"))) {
                queued++;
            }
        }
        return queued;
    }
}
