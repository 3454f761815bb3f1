package id.rantai.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be accepted, naming the field at fault so clients can point the user at it.
 * Answered as HTTP 400 problem+json.
 */
public class InvalidInputException extends RuntimeException implements Worded {
    private final String field;
    private final Wording wording;
    private final List<InvalidInputException> findings;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.field = field;
        this.wording = Wording.literal(message);
        this.findings = List.of();
    }

    private InvalidInputException(String field, Wording wording, List<InvalidInputException> findings) {
        super(field + " " + wording.english()
                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : ""));
        this.field = field;
        this.wording = wording;
        this.findings = List.copyOf(findings);
    }

    /**
     * Every finding of a check that reads a whole document (a framework file), so that whoever prepares
     * it fixes all at once: the first names the field, all are listed.
     */
    public static InvalidInputException all(List<InvalidInputException> findings) {
        InvalidInputException first = findings.get(0);
        return new InvalidInputException(first.field, first.wording, findings.size() > 1 ? findings : List.of());
    }

    /** All findings when there were several, each with its field; empty for a single one. */
    public List<InvalidInputException> findings() {
        return findings;
    }

    /** A refusal already worded elsewhere (a row check that also lists its findings). */
    public static InvalidInputException of(String field, Wording wording) {
        return new InvalidInputException(field, wording, List.of());
    }

    /** A refusal worded in the catalogue as {@code refusal.KEY}: "is required", "must be at most {0} characters". */
    public static InvalidInputException worded(String field, String key, @Nullable Object... args) {
        return new InvalidInputException(field, Wording.of(key, args), List.of());
    }

    @Override
    public Wording wording() {
        return wording;
    }

    public String field() {
        return field;
    }
}
