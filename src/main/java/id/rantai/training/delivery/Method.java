package id.rantai.training.delivery;

/** How training was delivered. */
public enum Method {
    CLASSROOM,
    ONLINE,
    ON_THE_JOB,
    EXTERNAL
}
