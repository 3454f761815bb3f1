package id.rantai.eseal.route;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.eseal.TripState;
import id.rantai.eseal.seal.JdbcSeals;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripTransitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trips as monitoring sees them: a trip with its seal and its route plan, and the moves the
 * geofences make (departure, arrival). It sits above the trip, the plan and the seal it combines.
 */
@Component
class PlannedTrips implements MonitoredTrips {
    private final JdbcTrips trips;
    private final JdbcRoutePlans plans;
    private final JdbcSeals seals;
    private final TripTransitions transitions;

    PlannedTrips(JdbcTrips trips, JdbcRoutePlans plans, JdbcSeals seals, TripTransitions transitions) {
        this.trips = trips;
        this.plans = plans;
        this.seals = seals;
        this.transitions = transitions;
    }

    @Override
    public List<MonitoredTrip> active() {
        return trips.sealedAndMoving().stream()
                .map(this::monitored)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public List<SealedTrip> sealedTrips() {
        List<SealedTrip> out = new ArrayList<>();
        for (Trip t : trips.sealedAndMoving()) {
            UUID seal = t.sealId();
            UUID office = t.parties().customsOfficeId();
            if (seal != null && office != null) {
                out.add(new SealedTrip(t.id(), seal, office));
            }
        }
        return out;
    }

    @Override
    public Optional<MonitoredTrip> find(UUID tripId) {
        return trips.find(tripId).flatMap(this::monitored);
    }

    @Override
    @Transactional
    public void departed(UUID tripId, Instant at) {
        trips.find(tripId)
                .filter(t -> t.state() == TripState.INSTALLED)
                .ifPresent(t ->
                        transitions.move(t, TripState.IN_TRANSIT, null, "left the origin geofence (telemetry)", at));
    }

    @Override
    @Transactional
    public void arrived(UUID tripId, Instant at) {
        trips.find(tripId).ifPresent(t -> {
            Trip current = t;
            if (current.state() == TripState.INSTALLED) {
                current = transitions.move(
                        current, TripState.IN_TRANSIT, null, "left the origin geofence (telemetry)", at);
            }
            if (current.state() == TripState.IN_TRANSIT) {
                transitions.move(current, TripState.ARRIVED, null, "entered the destination geofence (telemetry)", at);
            }
        });
    }

    private Optional<MonitoredTrip> monitored(Trip t) {
        if (t.sealId() == null) {
            return Optional.empty();
        }
        Optional<RoutePlan> plan = plans.find(t.id());
        return plan.flatMap(p -> seals.find(t.sealId())
                .map(s -> new MonitoredTrip(
                        t.id(),
                        t.reference(),
                        t.state(),
                        s.id(),
                        s.serialNumber(),
                        t.parties(),
                        p.origin().geofence(),
                        p.destination().geofence(),
                        p.route(),
                        p.corridorWidthMeters(),
                        p.plannedDeparture(),
                        p.eta())));
    }
}
