package id.rantai.monitoring.rules;

import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.AlertOccurrence;
import java.time.Instant;

/** What evaluating a reading (or the clock) concluded about a trip. */
public sealed interface Outcome {
    /** An alert opened or ended, as against a move of the trip. */
    default boolean isAlert() {
        return this instanceof Raise || this instanceof Clear;
    }

    /** A condition holds: open its alert, or update the open one. */
    record Raise(AlertType type, Instant deviceTime, double latitude, double longitude, String details)
            implements Outcome {
        static Raise at(AlertType type, Reading r, String details) {
            return new Raise(type, r.deviceTime(), r.latitude(), r.longitude(), details);
        }

        public AlertOccurrence occurrence() {
            return new AlertOccurrence(type, deviceTime, latitude, longitude, details);
        }
    }

    /** A condition no longer holds: resolve its open alert automatically. */
    record Clear(AlertType type, Instant at, String note) implements Outcome {}

    record Departed(Instant at) implements Outcome {}

    record Arrived(Instant at) implements Outcome {}
}
