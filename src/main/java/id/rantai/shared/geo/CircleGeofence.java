package id.rantai.shared.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A circular fence: geodesic distance from the centre within the radius. */
public record CircleGeofence(GeoPoint centre, double radiusMeters) implements Geofence {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Override
    public boolean contains(double latitude, double longitude) {
        return Geodesy.distance(centre.latitude(), centre.longitude(), latitude, longitude) <= radiusMeters;
    }

    @Override
    public Polygon toPolygon() {
        LocalProjection p = new LocalProjection(centre.latitude(), centre.longitude());
        Coordinate[] ring = new Coordinate[65];
        for (int i = 0; i < 64; i++) {
            double a = 2 * Math.PI * i / 64;
            ring[i] = p.inverse(radiusMeters * Math.cos(a), radiusMeters * Math.sin(a));
        }
        ring[64] = ring[0];
        return FACTORY.createPolygon(ring);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "Circle");
        m.put("coordinates", List.of(centre.longitude(), centre.latitude()));
        m.put("radius", radiusMeters);
        return m;
    }
}
