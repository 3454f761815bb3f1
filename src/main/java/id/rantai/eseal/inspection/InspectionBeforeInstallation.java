package id.rantai.eseal.inspection;

import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.StepPrecondition;
import id.rantai.eseal.trip.Trip;
import org.springframework.stereotype.Component;

/** The seal goes on a container only after a passed conveyance inspection (when the office requires one). */
@Component
class InspectionBeforeInstallation implements StepPrecondition {
    private final ConveyanceInspections inspections;

    InspectionBeforeInstallation(ConveyanceInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void check(Trip trip, TripState target) {
        if (target == TripState.INSTALLED && trip.state() == TripState.READY_FOR_INSTALLATION) {
            inspections.requirePassedBeforeInstall(trip);
        }
    }
}
