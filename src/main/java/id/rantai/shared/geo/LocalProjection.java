package id.rantai.shared.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * A transverse Mercator projection on a sphere whose radius is the Gaussian mean radius of the
 * WGS84 ellipsoid at the centre of the area, with its central meridian through that centre.
 * It is conformal (a buffer in metres stays a true buffer) and its scale error is below 0.1 % within
 * 300 km of the central meridian, a few decimetres on a corridor half-width: small enough for
 * corridor geofences, and far cheaper than a full ellipsoidal projection on the telemetry hot path.
 * Coordinates in: x = longitude, y = latitude (GeoJSON order). Out: metres east and north.
 */
public final class LocalProjection {
    private final double lon0;
    private final double lat0;
    private final double radius;

    public LocalProjection(double centreLatitude, double centreLongitude) {
        this.lon0 = Math.toRadians(centreLongitude);
        this.lat0 = Math.toRadians(centreLatitude);
        double s = Math.sin(lat0);
        double w = 1 - Geodesy.E2 * s * s;
        double m = Geodesy.A * (1 - Geodesy.E2) / (w * Math.sqrt(w));
        double n = Geodesy.A / Math.sqrt(w);
        this.radius = Math.sqrt(m * n);
    }

    /** Projection centred on the middle of a geometry's envelope (in lon/lat). */
    public static LocalProjection centredOn(Geometry lonLat) {
        var c = lonLat.getEnvelopeInternal().centre();
        return new LocalProjection(c.y, c.x);
    }

    public double x(double latitude, double longitude) {
        double b = Math.cos(Math.toRadians(latitude)) * Math.sin(Math.toRadians(longitude) - lon0);
        return 0.5 * radius * Math.log((1 + b) / (1 - b));
    }

    public double y(double latitude, double longitude) {
        double phi = Math.toRadians(latitude);
        return radius * (Math.atan2(Math.tan(phi), Math.cos(Math.toRadians(longitude) - lon0)) - lat0);
    }

    public Coordinate forward(double latitude, double longitude) {
        return new Coordinate(x(latitude, longitude), y(latitude, longitude));
    }

    public Coordinate inverse(double x, double y) {
        double d = y / radius + lat0;
        double phi = Math.asin(Math.sin(d) / Math.cosh(x / radius));
        double lambda = lon0 + Math.atan2(Math.sinh(x / radius), Math.cos(d));
        return new Coordinate(Math.toDegrees(lambda), Math.toDegrees(phi));
    }

    public Geometry project(Geometry lonLat) {
        return new Transformer(true).transform(lonLat);
    }

    public Geometry unproject(Geometry metric) {
        return new Transformer(false).transform(metric);
    }

    private final class Transformer extends GeometryTransformer {
        private final boolean forward;

        Transformer(boolean forward) {
            this.forward = forward;
        }

        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            CoordinateSequence out = coords.copy();
            for (int i = 0; i < out.size(); i++) {
                double a = out.getX(i), b = out.getY(i);
                Coordinate c = forward ? forward(b, a) : inverse(a, b);
                out.setOrdinate(i, 0, c.x);
                out.setOrdinate(i, 1, c.y);
            }
            return out;
        }
    }
}
