package id.rantai.monitoring;

/** The conditions monitoring raises alerts for, each with its severity. */
public enum AlertType {
    CORRIDOR_EXIT(AlertSeverity.CRITICAL),
    SEAL_OPENED(AlertSeverity.CRITICAL),
    SEAL_TAMPERED(AlertSeverity.CRITICAL),
    UNAUTHORISED_UNLOCK(AlertSeverity.CRITICAL),
    SIGNAL_LOST(AlertSeverity.WARNING),
    LOW_BATTERY(AlertSeverity.WARNING),
    BATTERY_WILL_NOT_LAST(AlertSeverity.WARNING),
    UNPLANNED_STOP(AlertSeverity.WARNING),
    ETA_OVERRUN(AlertSeverity.WARNING),
    IMPLAUSIBLE_SPEED(AlertSeverity.INFO),
    /** Someone asked Rantai to unlock a seal where or when that is not allowed. */
    UNLOCK_REFUSED(AlertSeverity.WARNING),
    /** A lock or unlock command got no result from the seal in time. */
    COMMAND_TIMEOUT(AlertSeverity.WARNING);

    private final AlertSeverity severity;

    AlertType(AlertSeverity severity) {
        this.severity = severity;
    }

    public AlertSeverity severity() {
        return severity;
    }

    /**
     * A fault of the device rather than a breach of the seal (signal, battery, a command
     * unanswered): the provider's to answer, and over once the trip is.
     */
    public boolean deviceFault() {
        return this == SIGNAL_LOST || this == LOW_BATTERY || this == BATTERY_WILL_NOT_LAST || this == COMMAND_TIMEOUT;
    }
}
