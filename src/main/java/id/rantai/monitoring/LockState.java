package id.rantai.monitoring;

public enum LockState {
    LOCKED,
    UNLOCKED,
    UNKNOWN
}
