package id.rantai.training.rules;

/** Why a requirement period opened. */
public enum Reason {
    /** An all-employee topic, due within the hiring window. */
    HIRE,
    /** A topic of a job function newly assigned. */
    JOB_FUNCTION,
    /** The yearly refresher. */
    REFRESHER,
    /** A new version of the topic was published (a procedure or threat changed). */
    NEW_VERSION
}
