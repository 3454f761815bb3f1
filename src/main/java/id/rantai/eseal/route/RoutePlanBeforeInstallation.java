package id.rantai.eseal.route;

import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.StepPrecondition;
import id.rantai.eseal.trip.Trip;
import id.rantai.shared.StateConflictException;
import org.springframework.stereotype.Component;

/** A container is made ready for its seal only once its trip has a route plan to be watched against. */
@Component
class RoutePlanBeforeInstallation implements StepPrecondition {
    private final JdbcRoutePlans plans;

    RoutePlanBeforeInstallation(JdbcRoutePlans plans) {
        this.plans = plans;
    }

    @Override
    public void check(Trip trip, TripState target) {
        if (target == TripState.READY_FOR_INSTALLATION
                && trip.state() == TripState.SEAL_ASSIGNED
                && !plans.exists(trip.id())) {
            throw StateConflictException.worded(trip.state().name(), "noRoutePlan", trip.reference());
        }
    }
}
