package id.rantai.monitoring.alert;

import id.rantai.monitoring.AlertType;
import java.time.Instant;

/**
 * One occurrence of an alert's condition: what the rules (or a refused command) hand to the alert
 * book, which opens the alert or counts the occurrence on the open one.
 *
 * @param latitude NaN where the occurrence has no position
 */
public record AlertOccurrence(AlertType type, Instant deviceTime, double latitude, double longitude, String details) {}
