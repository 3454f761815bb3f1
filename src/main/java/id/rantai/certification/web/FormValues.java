package id.rantai.certification.web;

import id.rantai.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reading what a form sends as text into the values the rules take, so that a mistyped date or
 * number is refused beside its field by the same {@link InvalidInputException} the rules throw —
 * never a binding failure without a field.
 */
final class FormValues {
    private FormValues() {}

    static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (YYYY-MM-DD)");
        }
    }

    static @Nullable Integer integer(@Nullable String text, String field) {
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
    static @Nullable Double decimal(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }

    static @Nullable String blankAsNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
