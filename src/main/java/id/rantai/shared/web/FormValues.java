package id.rantai.shared.web;

import id.rantai.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reading what a form sends as text into the values the rules take, so that a mistyped date or
 * number is refused beside its field by the same {@link InvalidInputException} the rules throw —
 * never a binding failure without a field.
 */
public final class FormValues {
    private FormValues() {}

    public static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (YYYY-MM-DD)");
        }
    }

    public static @Nullable Integer integer(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** A decimal as a person types it here: "82,5" as well as "82.5". */
    public static @Nullable Double decimal(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }

    /** An id a form sends from a list of choices. */
    public static java.util.@Nullable UUID uuid(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not one of the choices");
        }
    }

    public static @Nullable String blankAsNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
