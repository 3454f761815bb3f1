package id.rantai.aeo.assessment;

/** A company's own finding on one answerable item, and the roll-up state of a node above it. */
public enum AnswerStatus {
    MET,
    PARTLY_MET,
    NOT_MET,
    /** Only with a justification; the item then drops out of the scores. */
    NOT_APPLICABLE,
    /** Nothing said yet (never stored for an answer; a roll-up may be it). */
    UNANSWERED;

    int score() {
        return switch (this) {
            case MET -> 100;
            case PARTLY_MET -> 50;
            default -> 0;
        };
    }

    /** For "atau": the better of two alternatives. */
    int rank() {
        return switch (this) {
            case MET -> 4;
            case PARTLY_MET -> 3;
            case NOT_MET -> 2;
            case UNANSWERED -> 1;
            case NOT_APPLICABLE -> 0;
        };
    }
}
