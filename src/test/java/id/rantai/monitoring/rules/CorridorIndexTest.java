package id.rantai.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rantai.shared.geo.Corridor;
import id.rantai.support.Routes;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class CorridorIndexTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void agreesWithTheBufferedCorridorPolygonAwayFromItsEdge() {
        LineString route = Routes.winding(2000, 1);
        CorridorIndex index = new CorridorIndex(route, 250, 400);
        PreparedGeometry polygon = PreparedGeometryFactory.prepare(new Corridor(route, 500).area());
        Random random = new Random(2);
        var env = route.getEnvelopeInternal();
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = env.getMinX() + random.nextDouble() * env.getWidth();
            double lat = env.getMinY() + random.nextDouble() * env.getHeight();
            double d = index.distanceMeters(lat, lon);
            if (Math.abs(d - 250) < 2 + CorridorIndex.SIMPLIFY_METERS) {
                // Near the edge the two may differ: the polygon's arcs are 16-segment approximations,
                // and the index follows the route simplified to within SIMPLIFY_METERS.
                continue;
            }
            assertThat(index.contains(lat, lon))
                    .as("at %f,%f d=%f", lat, lon, d)
                    .isEqualTo(polygon.contains(F.createPoint(new Coordinate(lon, lat))));
            checked++;
        }
        assertThat(checked).isGreaterThan(18_000);
    }

    @Test
    void measuresDistanceFromTheRouteInMetres() {
        LineString route =
                F.createLineString(new Coordinate[] {new Coordinate(110.40, -7.00), new Coordinate(110.40, -6.90)});
        CorridorIndex index = new CorridorIndex(route, 250, 1000);
        double metresPerDegreeLon = id.rantai.shared.geo.Geodesy.distance(-6.95, 110.40, -6.95, 110.41) / 0.01;
        assertThat(index.distanceMeters(-6.95, 110.40 + 300 / metresPerDegreeLon))
                .isCloseTo(300, within(0.5));
        assertThat(index.distanceMeters(-6.95, 110.40)).isCloseTo(0, within(1e-6));
        assertThat(index.distanceMeters(-6.95, 110.40 + 5000 / metresPerDegreeLon))
                .isInfinite();
        assertThat(index.distanceMeters(10, 10)).isInfinite();
    }
}
