package id.rantai.notification;

import id.rantai.identity.UserDirectory;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
     * Queues one message to each person with an e-mail address who has not muted the topic, once per
     * address, under {@code key + ":" + userId}; the text opens with the person's name, greeted in both languages. Returns how
     * many were queued.
     */
    int queueEach(
            @Nullable UUID organisationId,
            String key,
            String topic,
            Collection<UserDirectory.Contact> people,
            String subject,
            String text);

    /**
     * The latest messages of one organisation on one topic, newest first, for the page of the module
     * that queued them (a company's training reminders, for instance); bodies are not kept.
     */
    java.util.List<OutboxMessage> recent(UUID organisationId, String topic, int limit);
}
