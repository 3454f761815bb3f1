package id.rantai.monitoring;

public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
