package id.rantai.monitoring.web;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.JdbcReadings;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.geo.GeoJson;
import id.rantai.shared.geo.LocalProjection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where a trip's seal is now, and where it has been. */
@RestController
class TrackController {
    static final int MAX_POINTS = 100_000;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final JdbcReadings readings;
    private final MonitoredTrips trips;
    private final TripMonitors monitors;
    private final CurrentActor actor;

    TrackController(JdbcReadings readings, MonitoredTrips trips, TripMonitors monitors, CurrentActor actor) {
        this.readings = readings;
        this.trips = trips;
        this.monitors = monitors;
        this.actor = actor;
    }

    /**
     * The track as a GeoJSON Feature with a LineString, simplified on the server (Douglas-Peucker,
     * {@code toleranceMeters}, in metres in a local projection) so a week-long trip stays light.
     */
    @GetMapping(
            value = "/api/v1/trips/{id}/track",
            produces = {"application/geo+json", "application/json"})
    Map<String, Object> track(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") double toleranceMeters) {
        visible(actor.get(), id);
        if (toleranceMeters < 0 || toleranceMeters > 10_000) {
            throw new InvalidInputException("toleranceMeters", "must be between 0 and 10000");
        }
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
        if (end.isBefore(start)) {
            throw InvalidInputException.worded("to", "beforeFrom");
        }
        List<Reading> points = readings.track(id, start, end, MAX_POINTS);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("tripId", id);
        props.put("points", points.size());
        if (points.isEmpty()) {
            props.put("simplifiedPoints", 0);
            return GeoJson.feature(null, props);
        }
        props.put("from", points.get(0).deviceTime().toString());
        props.put("to", points.get(points.size() - 1).deviceTime().toString());
        if (points.size() == 1) {
            Reading r = points.get(0);
            props.put("simplifiedPoints", 1);
            return GeoJson.feature(Map.of("type", "Point", "coordinates", List.of(r.longitude(), r.latitude())), props);
        }
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(points.get(i).longitude(), points.get(i).latitude());
        }
        LineString line = GEOMETRY.createLineString(cs);
        if (toleranceMeters == 0) {
            // Unsimplified, each position keeps its time (the "coordTimes" convention of GPX converters):
            // what a replay of the track steps through.
            props.put(
                    "coordTimes",
                    points.stream().map(r -> r.deviceTime().toString()).toList());
        } else {
            LocalProjection p = LocalProjection.centredOn(line);
            line = (LineString) p.unproject(DouglasPeuckerSimplifier.simplify(p.project(line), toleranceMeters));
        }
        props.put("simplifiedPoints", line.getNumPoints());
        return GeoJson.feature(GeoJson.geometry(line), props);
    }

    /**
     * The latest report of every active trip the viewer may see, from the monitors' memory: no query
     * at all, and the same picture the live stream draws.
     */
    @GetMapping("/api/v1/positions")
    List<Map<String, Object>> positions() {
        Actor a = actor.get();
        List<Map<String, Object>> out = new ArrayList<>();
        monitors.everyActive().forEach(m -> {
            var t = m.trip();
            if (t.parties().visibleTo(a)) {
                Reading r = m.latest();
                double[] fix = m.lastFix();
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("tripId", t.tripId());
                p.put("reference", t.reference());
                p.put("seal", t.sealSerial());
                p.put("state", m.state());
                p.put("customsOfficeId", t.parties().customsOfficeId());
                p.put("providerId", t.parties().providerId());
                p.put("requesterId", t.parties().requesterId());
                if (r != null) {
                    p.put("deviceTime", r.deviceTime());
                    p.put("latitude", fix == null ? null : fix[0]);
                    p.put("longitude", fix == null ? null : fix[1]);
                    p.put("batteryPercent", r.batteryPercent() < 0 ? null : r.batteryPercent());
                    p.put("lockState", r.lockState());
                }
                out.add(p);
            }
        });
        return out;
    }

    private void visible(Actor a, UUID tripId) {
        var t = trips.find(tripId).orElse(null);
        if (t == null || !t.parties().visibleTo(a)) {
            throw new NotFoundException("Trip", tripId);
        }
    }
}
