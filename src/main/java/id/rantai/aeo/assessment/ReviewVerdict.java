package id.rantai.aeo.assessment;

/** A customs officer's finding on one criterion in a round. */
public enum ReviewVerdict {
    ACCEPTED,
    CLARIFICATION_REQUESTED
}
