package id.rantai.shared.web;

import id.rantai.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a submitted console form, by field. Form inputs carry the API's field names
 * ({@code legalBasis.number}), so the field an {@link InvalidInputException} names is the input the
 * message goes beside — the same rules answer the API and the page.
 */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public static FieldErrors of(InvalidInputException e) {
        return new FieldErrors().add(e.field(), reason(e));
    }

    /**
     * The exception's text without the field name it starts with (the page shows it beside the
     * field), in the page's language where the refusal is worded in the catalogue.
     */
    public static String reason(InvalidInputException e) {
        String m = RefusalTexts.of(e);
        return m.startsWith(e.field() + " ") ? m.substring(e.field().length() + 1) : m;
    }

    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** The message for a field, or null. */
    public @Nullable String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Errors that name no input of the form, shown above it. */
    public Map<String, String> all() {
        return Map.copyOf(byField);
    }
}
