package id.rantai.shared.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * A transverse Mercator projection of the WGS84 ellipsoid (Krüger's series to third order in the
 * third flattening, as used for UTM) with its central meridian and origin at the centre of the area
 * and a scale factor of 1 there. It is conformal, so a buffer of so many metres around a route is a
 * true buffer; its scale error is below 0.01 % within 140 km of the central meridian and 0.1 %
 * within 450 km, and the series itself is accurate to millimetres. Coordinates in: x = longitude,
 * y = latitude (GeoJSON order). Out: metres east and north of the centre.
 */
public final class LocalProjection {
    private static final double N = Geodesy.F / (2 - Geodesy.F);
    private static final double E = 2 * Math.sqrt(N) / (1 + N);
    private static final double RECTIFYING_RADIUS = Geodesy.A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double[] ALPHA = {
        N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16, 13 * N * N / 48 - 3 * N * N * N / 5, 61 * N * N * N / 240
    };
    private static final double[] BETA = {
        N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96, N * N / 48 + N * N * N / 15, 17 * N * N * N / 480
    };
    private static final double[] DELTA = {
        2 * N - 2 * N * N / 3 - 2 * N * N * N, 7 * N * N / 3 - 8 * N * N * N / 5, 56 * N * N * N / 15
    };

    private final double lon0;
    private final double northingOfCentre;

    public LocalProjection(double centreLatitude, double centreLongitude) {
        this.lon0 = Math.toRadians(centreLongitude);
        this.northingOfCentre = project(Math.toRadians(centreLatitude), lon0)[1];
    }

    /** Projection centred on the middle of a geometry's envelope (in lon/lat). */
    public static LocalProjection centredOn(Geometry lonLat) {
        var c = lonLat.getEnvelopeInternal().centre();
        return new LocalProjection(c.y, c.x);
    }

    public Coordinate forward(double latitude, double longitude) {
        double[] xy = project(Math.toRadians(latitude), Math.toRadians(longitude));
        return new Coordinate(xy[0], xy[1] - northingOfCentre);
    }

    public Coordinate inverse(double x, double y) {
        double xi = (y + northingOfCentre) / RECTIFYING_RADIUS;
        double eta = x / RECTIFYING_RADIUS;
        double xiPrime = xi, etaPrime = eta;
        for (int j = 1; j <= 3; j++) {
            xiPrime -= BETA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etaPrime -= BETA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double phi = chi;
        for (int j = 1; j <= 3; j++) {
            phi += DELTA[j - 1] * Math.sin(2 * j * chi);
        }
        double lambda = lon0 + Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
        return new Coordinate(Math.toDegrees(lambda), Math.toDegrees(phi));
    }

    private double[] project(double phi, double lambda) {
        double dl = lambda - lon0;
        double sinPhi = Math.sin(phi);
        double t = Math.sinh(atanh(sinPhi) - E * atanh(E * sinPhi));
        double xiPrime = Math.atan2(t, Math.cos(dl));
        double etaPrime = atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
        double xi = xiPrime, eta = etaPrime;
        for (int j = 1; j <= 3; j++) {
            xi += ALPHA[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
            eta += ALPHA[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
        }
        return new double[] {RECTIFYING_RADIUS * eta, RECTIFYING_RADIUS * xi};
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
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
