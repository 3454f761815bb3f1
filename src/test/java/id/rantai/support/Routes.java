package id.rantai.support;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Synthetic routes for tests and benchmarks. */
public final class Routes {
    private static final GeometryFactory F = new GeometryFactory();

    private Routes() {}

    /** A road that winds at every vertex (a hard case for any index), a vertex every 150-200 m, from near Cirebon. */
    public static LineString winding(int vertices, long seed) {
        Random random = new Random(seed);
        Coordinate[] cs = new Coordinate[vertices];
        double x = 109.0, y = -7.0, heading = 0;
        for (int i = 0; i < vertices; i++) {
            cs[i] = new Coordinate(x, y);
            heading += (random.nextDouble() - 0.5) * 0.6;
            double step = 0.0013 + random.nextDouble() * 0.0005;
            x += step * Math.cos(heading);
            y += step * Math.sin(heading) * 0.5;
        }
        return F.createLineString(cs);
    }
}
