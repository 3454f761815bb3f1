package id.rantai.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A refusal in its reader's language. Two kinds: one worded in the message catalogue
 * ({@code refusal.KEY} in {@code messages*.properties}, with arguments), and one written in English
 * where it is thrown — the English text is then its own key, as in gettext, and its Indonesian
 * translation sits in {@code refusals.properties} under {@code refusal.text.} and the text's slug.
 * The exception carrying it keeps the English wording as its message for the logs.
 */
public record Wording(
        String key, List<@Nullable Object> args, @Nullable String literal) {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            "messages",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public Wording {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Wording of(String key, @Nullable Object... args) {
        return new Wording(key, java.util.Arrays.asList(args), null);
    }

    /** An argument read from the catalogue in the reader's language: a state, a kind ({@code tripState.IN_TRANSIT}). */
    public record Label(String key) {}

    /** Several labels, listed with commas in the reader's language. */
    public record Labels(List<String> keys) {}

    public static Label label(String key) {
        return new Label(key);
    }

    public static Labels labels(java.util.Collection<String> keys) {
        return new Labels(List.copyOf(keys));
    }

    /** A refusal written in English where it is thrown; translated by its slug. */
    public static Wording literal(String english) {
        return new Wording("text." + slug(english), List.of(), english);
    }

    /** Lower-case letters and digits, every other run of characters one hyphen, at most 100 characters. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() <= 100 ? s : s.substring(0, 100).replaceAll("-$", "");
    }

    public boolean isLiteral() {
        return literal != null;
    }

    /** The catalogue's key: {@code refusal.} and the wording's own key. */
    public String messageKey() {
        return "refusal." + key;
    }

    public String english() {
        if (literal != null) {
            return literal;
        }
        try {
            Object[] english = args.stream().map(Wording::englishArg).toArray();
            return new MessageFormat(ENGLISH.getString(messageKey()), Locale.ENGLISH).format(english);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }

    private static @Nullable Object englishArg(@Nullable Object arg) {
        if (arg instanceof java.time.LocalDate d) {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                    .format(d);
        }
        if (arg instanceof Label l) {
            return englishLabel(l.key());
        }
        if (arg instanceof Labels ls) {
            return String.join(
                    ", ", ls.keys().stream().map(Wording::englishLabel).toList());
        }
        return arg;
    }

    private static String englishLabel(String key) {
        try {
            return ENGLISH.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
