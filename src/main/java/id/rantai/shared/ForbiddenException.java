package id.rantai.shared;

/** The caller is known and may see the subject, but not do this to it (HTTP 403). */
public class ForbiddenException extends RuntimeException implements Worded {
    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public Wording wording() {
        return Wording.literal(getMessage());
    }
}
