package id.rantai.aeo.assessment;

/**
 * DRAFT → SUBMITTED (under customs review; answers locked) → ACCEPTED, or RETURNED for rework →
 * SUBMITTED again in the next round.
 */
public enum AssessmentState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
