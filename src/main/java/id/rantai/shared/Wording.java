package id.rantai.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A refusal worded in the message catalogue ({@code refusal.KEY} in {@code messages*.properties}),
 * so that its reader gets it in their language; the exception carrying it keeps the English
 * wording as its message for the logs.
 */
public record Wording(String key, List<@Nullable Object> args) {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            "messages",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public Wording {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Wording of(String key, @Nullable Object... args) {
        return new Wording(key, java.util.Arrays.asList(args));
    }

    /** The catalogue's key: {@code refusal.} and the wording's own key. */
    public String messageKey() {
        return "refusal." + key;
    }

    public String english() {
        try {
            return new MessageFormat(ENGLISH.getString(messageKey()), Locale.ENGLISH).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }
}
