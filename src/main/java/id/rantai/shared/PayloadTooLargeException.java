package id.rantai.shared;

/** An upload or batch over its configured limit (HTTP 413), naming the field. */
public class PayloadTooLargeException extends InvalidInputException {
    public PayloadTooLargeException(String field, String message) {
        super(field, message);
    }
}
