package id.rantai.shared;

import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be accepted, naming the field at fault so clients can point the user at it.
 * Answered as HTTP 400 problem+json.
 */
public class InvalidInputException extends RuntimeException implements Worded {
    private final String field;
    private final Wording wording;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.field = field;
        this.wording = Wording.literal(message);
    }

    private InvalidInputException(String field, Wording wording) {
        super(field + " " + wording.english());
        this.field = field;
        this.wording = wording;
    }

    /** A refusal worded in the catalogue as {@code refusal.KEY}: "is required", "must be at most {0} characters". */
    public static InvalidInputException worded(String field, String key, @Nullable Object... args) {
        return new InvalidInputException(field, Wording.of(key, args));
    }

    @Override
    public Wording wording() {
        return wording;
    }

    public String field() {
        return field;
    }
}
