package id.rantai.training.rules;

/** Where an employee stands on one topic today. */
public enum PairStatus {
    COMPLIANT,
    DUE_SOON,
    OVERDUE,
    NOT_REQUIRED
}
