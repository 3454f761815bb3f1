package id.rantai.eseal.trip;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.eseal.TripState;
import id.rantai.eseal.route.JdbcRoutePlans;
import id.rantai.eseal.route.RoutePlan;
import id.rantai.eseal.seal.JdbcSeals;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcMonitoredTrips implements MonitoredTrips {
    private final JdbcClient jdbc;
    private final JdbcTrips trips;
    private final JdbcRoutePlans plans;
    private final JdbcSeals seals;
    private final TripTransitions transitions;

    JdbcMonitoredTrips(JdbcClient jdbc, JdbcTrips trips, JdbcRoutePlans plans, JdbcSeals seals,
                       TripTransitions transitions) {
        this.jdbc = jdbc;
        this.trips = trips;
        this.plans = plans;
        this.seals = seals;
        this.transitions = transitions;
    }

    @Override
    public List<MonitoredTrip> active() {
        return jdbc.sql("SELECT * FROM trip WHERE state IN ('INSTALLED', 'IN_TRANSIT', 'ARRIVED') AND seal_id IS NOT NULL")
                .query(JdbcTrips::row).list().stream()
                .map(this::monitored).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<MonitoredTrip> find(UUID tripId) {
        return trips.find(tripId).flatMap(this::monitored);
    }

    @Override
    @Transactional
    public void departed(UUID tripId, Instant at) {
        trips.find(tripId).filter(t -> t.state() == TripState.INSTALLED)
                .ifPresent(t -> transitions.move(t, TripState.IN_TRANSIT, null, "left the origin geofence (telemetry)", at));
    }

    @Override
    @Transactional
    public void arrived(UUID tripId, Instant at) {
        trips.find(tripId).ifPresent(t -> {
            Trip current = t;
            if (current.state() == TripState.INSTALLED) {
                current = transitions.move(current, TripState.IN_TRANSIT, null, "left the origin geofence (telemetry)", at);
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
        return plan.flatMap(p -> seals.find(t.sealId()).map(s -> new MonitoredTrip(t.id(), t.reference(), t.state(),
                s.id(), s.serialNumber(), t.requesterId(), t.customsOfficeId(), t.providerId(), p.origin().geofence(),
                p.destination().geofence(), p.route(), p.corridorWidthMeters(), p.plannedDeparture(), p.eta())));
    }
}
