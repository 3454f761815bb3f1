package id.rantai.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class CorridorTest {
    private static final GeometryFactory F = new GeometryFactory();

    /** A straight north-south route near Semarang, 0.1 degree of latitude long (about 11 km). */
    private static final LineString ROUTE =
            F.createLineString(new Coordinate[] {new Coordinate(110.40, -7.00), new Coordinate(110.40, -6.90)});

    @Test
    void corridorIsHalfItsWidthEitherSideInMetresNotDegrees() {
        Corridor corridor = new Corridor(ROUTE, 500);
        PolygonGeofence fence = new PolygonGeofence(corridor.area());
        double metresPerDegreeLon = Geodesy.distance(-6.95, 110.40, -6.95, 110.41) / 0.01;
        double inside = 240 / metresPerDegreeLon;
        double outside = 260 / metresPerDegreeLon;
        assertThat(fence.contains(-6.95, 110.40 + inside)).isTrue();
        assertThat(fence.contains(-6.95, 110.40 - inside)).isTrue();
        assertThat(fence.contains(-6.95, 110.40 + outside)).isFalse();
        assertThat(fence.contains(-6.95, 110.40 - outside)).isFalse();
    }

    @Test
    void roundCapsExtendPastTheEnds() {
        PolygonGeofence fence = new PolygonGeofence(new Corridor(ROUTE, 1000).area());
        double metresPerDegreeLat = Geodesy.distance(-6.90, 110.40, -6.91, 110.40) / 0.01;
        assertThat(fence.contains(-6.90 + 450 / metresPerDegreeLat, 110.40)).isTrue();
        assertThat(fence.contains(-6.90 + 550 / metresPerDegreeLat, 110.40)).isFalse();
    }

    @Test
    void lengthIsGeodesic() {
        assertThat(Corridor.lengthMeters(ROUTE)).isCloseTo(Geodesy.distance(-7.0, 110.4, -6.9, 110.4), within(1e-6));
        assertThat(Corridor.lengthMeters(ROUTE)).isCloseTo(11_058, within(5.0));
    }

    @Test
    void projectionRoundTripsAndKeepsDistances() {
        LocalProjection p = new LocalProjection(-6.95, 110.40);
        Coordinate c = p.forward(-6.80, 110.65);
        Coordinate back = p.inverse(c.x, c.y);
        assertThat(back.x).isCloseTo(110.65, within(1e-9));
        assertThat(back.y).isCloseTo(-6.80, within(1e-9));
        Coordinate a = p.forward(-6.95, 110.40), b = p.forward(-6.95, 110.60);
        // 22 km east-west and north-south: the projected distance is the geodesic one within 0.01 %.
        assertThat(a.distance(b)).isCloseTo(Geodesy.distance(-6.95, 110.40, -6.95, 110.60), within(2.2));
        Coordinate n = p.forward(-6.75, 110.40);
        assertThat(a.distance(n)).isCloseTo(Geodesy.distance(-6.95, 110.40, -6.75, 110.40), within(2.2));
    }

    @Test
    void projectionIsAccurateAcrossARouteHundredsOfKilometresLong() {
        // Jakarta to Surabaya is about 660 km; centred between them, the ends are 330 km from the central meridian.
        LocalProjection p = new LocalProjection(-6.7, 109.7);
        Coordinate jakarta = p.forward(-6.11, 106.88), surabaya = p.forward(-7.20, 112.73);
        double geodesic = Geodesy.distance(-6.11, 106.88, -7.20, 112.73);
        assertThat(jakarta.distance(surabaya) / geodesic).isCloseTo(1.0, within(0.001));
        Coordinate back = p.inverse(surabaya.x, surabaya.y);
        assertThat(back.x).isCloseTo(112.73, within(1e-8));
        assertThat(back.y).isCloseTo(-7.20, within(1e-8));
    }
}
