package id.rantai.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of free-text input that many forms share, failing with the field's name. */
public final class Inputs {
    /** Deliberately loose: one @, a dot after it, no spaces. Delivery is the only real test of an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Inputs() {}

    public static boolean isEmail(@Nullable String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** The text, trimmed; refused when blank or longer than {@code max}. */
    public static String requiredText(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw InvalidInputException.worded(field, "requiredText", max);
        }
        return value.trim();
    }
}
