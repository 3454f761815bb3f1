package id.rantai.notification;

import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to send.
 *
 * @param organisationId the company it concerns (whose administrators may see it), or null for none
 * @param key            what makes it unique within the organisation: the same key is never sent twice
 * @param topic          what kind of message it is, for filtering (for example {@code TRAINING_DUE})
 */
public record Notification(
        @Nullable UUID organisationId, String key, String topic, String recipient, String subject, String text) {

    public Notification {
        if (key == null || key.isBlank() || key.length() > 300) {
            throw new IllegalArgumentException("A notification key is 1 to 300 characters");
        }
        if (!Inputs.isEmail(recipient)) {
            throw InvalidInputException.worded("recipient", "notEmail");
        }
        subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
    }
}
