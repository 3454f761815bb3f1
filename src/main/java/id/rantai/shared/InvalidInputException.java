package id.rantai.shared;

/**
 * Input that cannot be accepted, naming the field at fault so clients can point the user at it.
 * Answered as HTTP 400 problem+json.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
