package id.rantai.shared.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The corridor geofence of a planned route: every position within half the corridor width of the
 * route line. The buffer is computed in metres in a {@link LocalProjection} centred on the route,
 * never in degrees (a degree of longitude is not a degree of latitude, and neither is a metre).
 */
public final class Corridor {
    public static final int MIN_WIDTH_METERS = 20;
    public static final int MAX_WIDTH_METERS = 10_000;

    private final LineString route;
    private final int widthMeters;
    private final Polygon area;

    public Corridor(LineString route, int widthMeters) {
        if (widthMeters < MIN_WIDTH_METERS || widthMeters > MAX_WIDTH_METERS) {
            throw new IllegalArgumentException("corridor width out of range: " + widthMeters);
        }
        this.route = route;
        this.widthMeters = widthMeters;
        LocalProjection projection = LocalProjection.centredOn(route);
        BufferParameters params = new BufferParameters(16, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        Geometry metric = BufferOp.bufferOp(projection.project(route), widthMeters / 2.0, params);
        this.area = (Polygon) projection.unproject(metric);
    }

    public LineString route() {
        return route;
    }

    public int widthMeters() {
        return widthMeters;
    }

    /** The corridor as a lon/lat polygon. */
    public Polygon area() {
        return area;
    }

    /** Route length in metres, summed geodesically segment by segment. */
    public static double lengthMeters(LineString route) {
        double total = 0;
        var cs = route.getCoordinateSequence();
        for (int i = 1; i < cs.size(); i++) {
            total += Geodesy.distance(cs.getY(i - 1), cs.getX(i - 1), cs.getY(i), cs.getX(i));
        }
        return total;
    }
}
