package id.rantai.eseal.trip;

import id.rantai.eseal.TripState;

/**
 * A condition another part of the E-Seal process sets on a step of a trip, so that the trip — the
 * bottom of the module — need not know those parts: a passed conveyance inspection before the seal
 * goes on (inspection), the removal photos before customs closes the trip (the documentation norm).
 * Checked inside the step's transaction, before the trip moves.
 */
public interface StepPrecondition {
    /**
     * @param trip   the trip as it stands, before the step
     * @param target the state the step moves it to
     * @throws id.rantai.shared.StateConflictException naming what is missing, when the step may not be taken yet
     */
    void check(Trip trip, TripState target);
}
