package id.rantai.eseal.route;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import id.rantai.shared.geo.Corridor;
import id.rantai.shared.geo.GeoJson;
import id.rantai.shared.geo.Geofence;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Submitting and validating route plans. */
@Service
public class RoutePlanning {
    /** A plan may change until the seal is on the container; after that it is what the seal is held to. */
    static final Set<TripState> EDITABLE = EnumSet.of(
            TripState.REQUESTED, TripState.APPROVED, TripState.SEAL_ASSIGNED, TripState.READY_FOR_INSTALLATION);

    static final int MAX_ROUTE_POSITIONS = 20_000;
    static final double MIN_SPEED_KMH = 1;
    static final double MAX_SPEED_KMH = 120;

    private final TripRequests trips;
    private final JdbcRoutePlans plans;
    private final AuditTrail audit;
    private final Clock clock;

    RoutePlanning(TripRequests trips, JdbcRoutePlans plans, AuditTrail audit, Clock clock) {
        this.trips = trips;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a trip in this state still takes a (revised) route plan. */
    public static boolean planEditable(TripState state) {
        return EDITABLE.contains(state);
    }

    public record PlaceInput(
            @Size(max = 200) String name,
            PlaceKind kind,

            @Schema(
                    type = "object",
                    types = {"object"},
                    description = "The place's area in WGS84 (longitude, latitude): a GeoJSON Polygon, or a "
                            + "Circle {type, coordinates: centre, radius: metres up to 50 km}",
                    example = "{\"type\":\"Polygon\",\"coordinates\":[[[110.40,-6.95],[110.42,-6.95],"
                            + "[110.42,-6.93],[110.40,-6.93],[110.40,-6.95]]]}")
            JsonNode geofence) {}

    public record RoutePlanInput(
            @Valid PlaceInput origin,
            @Valid PlaceInput destination,

            @Schema(
                    type = "object",
                    types = {"object"},
                    description = "The planned road: a GeoJSON LineString in WGS84 (longitude, latitude)",
                    example = "{\"type\":\"LineString\",\"coordinates\":[[110.41,-6.94],[110.45,-6.97]]}")
            JsonNode route,

            Integer corridorWidthMeters,
            Instant plannedDeparture,
            @Nullable Double expectedSpeedKmh,
            @Nullable Instant eta) {}

    @Transactional
    public RoutePlan submit(Actor actor, UUID tripId, RoutePlanInput in) {
        Trip trip = trips.visible(actor, tripId);
        if (!actor.has(Role.SERVICE_USER_STAFF)
                || !actor.belongsTo(trip.parties().requesterId())) {
            throw new ForbiddenException("Only the requesting company submits the route plan");
        }
        if (!EDITABLE.contains(trip.state())) {
            throw StateConflictException.worded(
                    trip.state().name(),
                    "routePlanFixed",
                    trip.reference(),
                    Wording.label("tripState." + trip.state().name()));
        }
        Place origin = place(in.origin(), "origin");
        Place destination = place(in.destination(), "destination");
        if (origin.geofence().toPolygon().intersects(destination.geofence().toPolygon())) {
            throw new InvalidInputException(
                    "destination.geofence",
                    "overlaps the origin geofence; origin and destination must be different places");
        }
        LineString route = GeoJson.lineString(in.route(), "route");
        if (route.getNumPoints() > MAX_ROUTE_POSITIONS) {
            throw InvalidInputException.worded("route.coordinates", "tooManyPositions", MAX_ROUTE_POSITIONS);
        }
        Coordinate start = route.getCoordinateN(0);
        Coordinate end = route.getCoordinateN(route.getNumPoints() - 1);
        if (!origin.geofence().contains(start.y, start.x)) {
            throw new InvalidInputException("route", "must start inside the origin geofence");
        }
        if (!destination.geofence().contains(end.y, end.x)) {
            throw new InvalidInputException("route", "must end inside the destination geofence");
        }
        Integer width = in.corridorWidthMeters();
        if (width == null || width < Corridor.MIN_WIDTH_METERS || width > Corridor.MAX_WIDTH_METERS) {
            throw InvalidInputException.worded(
                    "corridorWidthMeters", "betweenMetres", Corridor.MIN_WIDTH_METERS, Corridor.MAX_WIDTH_METERS);
        }
        if (in.plannedDeparture() == null) {
            throw InvalidInputException.worded("plannedDeparture", "required");
        }
        double distance = Corridor.lengthMeters(route);
        Instant eta = eta(in, distance);
        int revision = plans.find(tripId).map(p -> p.revision() + 1).orElse(1);
        RoutePlan plan = new RoutePlan(
                tripId,
                origin,
                destination,
                route,
                width,
                distance,
                in.plannedDeparture(),
                in.expectedSpeedKmh(),
                eta,
                actor.userId(),
                clock.instant(),
                revision);
        plans.save(plan);
        audit.record(actor.auditEntry(
                plan.submittedAt(),
                "ROUTE_PLAN_SUBMITTED",
                "TRIP",
                tripId,
                "revision " + revision + ", " + Math.round(distance) + " m, " + origin.name() + " -> "
                        + destination.name()));
        return plan;
    }

    public RoutePlan plan(Actor actor, UUID tripId) {
        trips.visible(actor, tripId);
        return plans.find(tripId).orElseThrow(() -> new NotFoundException("Route plan of trip", tripId));
    }

    private static Instant eta(RoutePlanInput in, double distanceMeters) {
        if (in.eta() != null) {
            if (!in.eta().isAfter(in.plannedDeparture())) {
                throw new InvalidInputException("eta", "must be after plannedDeparture");
            }
            return in.eta();
        }
        Double speed = in.expectedSpeedKmh();
        if (speed == null) {
            throw new InvalidInputException(
                    "eta", "or expectedSpeedKmh is required to know when the trip should arrive");
        }
        if (!(speed >= MIN_SPEED_KMH && speed <= MAX_SPEED_KMH)) {
            throw InvalidInputException.worded(
                    "expectedSpeedKmh", "betweenKmh", (int) MIN_SPEED_KMH, (int) MAX_SPEED_KMH);
        }
        long seconds = Math.round(distanceMeters / (speed / 3.6));
        return in.plannedDeparture().plus(Duration.ofSeconds(seconds));
    }

    private static Place place(@Nullable PlaceInput in, String field) {
        if (in == null) {
            throw InvalidInputException.worded(field, "required");
        }
        Inputs.requiredText(in.name(), field + ".name", 200);
        if (in.kind() == null) {
            throw new InvalidInputException(
                    field + ".kind", "is required: PORT, TPS, BONDED_WAREHOUSE, FACTORY or OTHER");
        }
        Geofence fence = GeoJson.geofence(in.geofence(), field + ".geofence");
        return new Place(in.name().trim(), in.kind(), fence);
    }
}
