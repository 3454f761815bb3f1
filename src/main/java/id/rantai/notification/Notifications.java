package id.rantai.notification;

/** Hands e-mails to the outbox. */
public interface Notifications {

    /** Whether an SMTP server is configured; without one nothing is queued. */
    boolean enabled();

    /**
     * Queues the message in the caller's transaction. Returns false, and queues nothing, when a
     * message with the same organisation and key was queued before or no SMTP server is configured.
     */
    boolean queue(Notification notification);
}
