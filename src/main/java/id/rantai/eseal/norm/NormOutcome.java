package id.rantai.eseal.norm;

/** PENDING until done or overdue; CANCELLED when the trip was cancelled before the step was due. */
public enum NormOutcome {
    PENDING,
    MET,
    BREACHED,
    CANCELLED
}
