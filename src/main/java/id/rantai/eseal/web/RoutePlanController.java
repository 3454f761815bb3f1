package id.rantai.eseal.web;

import id.rantai.eseal.route.Place;
import id.rantai.eseal.route.RoutePlan;
import id.rantai.eseal.route.RoutePlanning;
import id.rantai.eseal.route.RoutePlanning.RoutePlanInput;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.geo.CircleGeofence;
import id.rantai.shared.geo.GeoJson;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The route plan of a trip, accepted as JSON with GeoJSON geometry and served back as a GeoJSON
 * FeatureCollection any map tool can open: the route, its corridor, and the two place fences.
 */
@RestController
@RequestMapping(value = "/api/v1/trips/{id}/route-plan")
class RoutePlanController {
    private final RoutePlanning planning;
    private final CurrentActor actor;

    RoutePlanController(RoutePlanning planning, CurrentActor actor) {
        this.planning = planning;
        this.actor = actor;
    }

    /**
     * Submits the trip's route plan: the planned route, the destination geofence, departure and speed. The company,
     * until the seal is installed.
     */
    @PutMapping(produces = {"application/geo+json", "application/json"})
    Map<String, Object> submit(@PathVariable UUID id, @Valid @RequestBody RoutePlanInput body) {
        return geoJson(planning.submit(actor.get(), id, body));
    }

    /** The trip's route plan as GeoJSON, with the corridor monitoring follows. */
    @GetMapping(produces = {"application/geo+json", "application/json"})
    Map<String, Object> get(@PathVariable UUID id) {
        return geoJson(planning.plan(actor.get(), id));
    }

    static Map<String, Object> geoJson(RoutePlan p) {
        Map<String, Object> route = new LinkedHashMap<>();
        route.put("role", "route");
        route.put("tripId", p.tripId());
        route.put("distanceMeters", Math.round(p.distanceMeters() * 10) / 10.0);
        route.put("corridorWidthMeters", p.corridorWidthMeters());
        route.put("plannedDeparture", p.plannedDeparture().toString());
        route.put("expectedSpeedKmh", p.expectedSpeedKmh());
        route.put("eta", p.eta().toString());
        route.put("revision", p.revision());
        route.put("submittedAt", p.submittedAt().toString());
        Map<String, Object> corridor = Map.of("role", "corridor", "corridorWidthMeters", p.corridorWidthMeters());
        return GeoJson.featureCollection(List.of(
                GeoJson.feature(GeoJson.geometry(p.route()), route),
                GeoJson.feature(GeoJson.geometry(p.corridor().area()), corridor),
                place("origin", p.origin()),
                place("destination", p.destination())));
    }

    private static Map<String, Object> place(String role, Place place) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("role", role);
        props.put("name", place.name());
        props.put("kind", place.kind().name());
        if (place.geofence() instanceof CircleGeofence c) {
            props.put("shape", "circle");
            props.put("center", List.of(c.centre().longitude(), c.centre().latitude()));
            props.put("radiusMeters", c.radiusMeters());
        } else {
            props.put("shape", "polygon");
        }
        return GeoJson.feature(GeoJson.geometry(place.geofence().toPolygon()), props);
    }
}
