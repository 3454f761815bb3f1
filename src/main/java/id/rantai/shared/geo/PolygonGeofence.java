package id.rantai.shared.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/** A polygon fence in lon/lat; boundary points count as inside. */
public final class PolygonGeofence implements Geofence {
    private final Polygon polygon;
    private final IndexedPointInAreaLocator locator;

    public PolygonGeofence(Polygon polygon) {
        this.polygon = polygon;
        this.locator = new IndexedPointInAreaLocator(polygon);
    }

    @Override
    public boolean contains(double latitude, double longitude) {
        return locator.locate(new Coordinate(longitude, latitude)) != Location.EXTERIOR;
    }

    @Override
    public Polygon toPolygon() {
        return polygon;
    }

    @Override
    public Map<String, Object> toJson() {
        return Map.of("type", "Polygon", "coordinates", rings(polygon));
    }

    static List<List<double[]>> rings(Polygon p) {
        List<List<double[]>> rings = new ArrayList<>();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    static List<double[]> positions(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(new double[] {round(c.x), round(c.y)});
        }
        return out;
    }

    /** Seven decimals of a degree are about 1 cm: more digits are noise in the output. */
    static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
