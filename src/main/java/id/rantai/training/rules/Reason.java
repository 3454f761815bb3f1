package id.rantai.training.rules;

/** Why a requirement period opened. */
public enum Reason {
    /** An all-employee topic, due within the hiring window. */
    HIRE,
    /** A topic of a job function newly assigned. */
    JOB_FUNCTION,
    /** Required before the company's programme started: due within the grace from its start. */
    PROGRAMME_START,
    /** The yearly refresher. */
    REFRESHER,
    /** A new version of the topic was published (a procedure or threat changed). */
    NEW_VERSION
}
