package id.rantai.monitoring.rules;

import id.rantai.eseal.TripState;
import id.rantai.monitoring.AlertType;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a trip's monitor must learn from outside its readings: a lifecycle change, an unlock
 * Rantai sent, an officer's decision. Wherever it happens, it reaches the one monitor of the trip
 * (in a cluster, on the instance that owns the seal, in order with the seal's readings).
 */
public sealed interface MonitorInstruction {
    UUID tripId();

    /** The trip moved to another state (installed, departed, arrived, ended). */
    record TripMoved(UUID tripId, TripState to) implements MonitorInstruction {}

    /** Rantai sent an unlock: the seal's report of it within the window is not a forced opening. */
    record UnlockExpected(UUID tripId, UUID commandId, Instant from, Instant until) implements MonitorInstruction {}

    /** The seal said it did not carry out the unlock: a later opening is not Rantai's. */
    record UnlockFailed(UUID tripId, UUID commandId) implements MonitorInstruction {}

    /** An officer resolved an alert: the condition may be raised again when it recurs. */
    record AlertResolved(UUID tripId, AlertType type) implements MonitorInstruction {}

    /** The trip's unlock authorisation changed: read it again. */
    record UnlockPolicyChanged(UUID tripId) implements MonitorInstruction {}
}
