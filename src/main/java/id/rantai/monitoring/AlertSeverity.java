package id.rantai.monitoring;

public enum AlertSeverity {
    INFO,
    WARNING,
    CRITICAL
}
