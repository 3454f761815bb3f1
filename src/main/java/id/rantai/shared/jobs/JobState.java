package id.rantai.shared.jobs;

/** Where a job stands, whatever its queue calls it (PENDING, SENDING, SENT, DELIVERED, …). */
public enum JobState {
    WAITING,
    RUNNING,
    FAILED,
    DONE
}
