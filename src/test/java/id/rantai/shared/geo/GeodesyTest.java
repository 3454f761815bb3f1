package id.rantai.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeodesyTest {
    @Test
    void matchesTheEllipsoidalDistanceOfAKnownPair() {
        // Flinders Peak to Buninyong, the classic Vincenty test pair: 54 972.271 m.
        double d = Geodesy.distance(-37.95103342, 144.42486789, -37.65282114, 143.92649554);
        assertThat(d).isCloseTo(54972.271, within(0.01));
    }

    @Test
    void aDegreeOfLongitudeAtTheEquatorIsTheEllipsoidsEquatorialArc() {
        assertThat(Geodesy.distance(0, 110, 0, 111)).isCloseTo(111319.491, within(0.01));
    }

    @Test
    void samePointIsZeroAndOrderDoesNotMatter() {
        assertThat(Geodesy.distance(-6.9, 110.4, -6.9, 110.4)).isZero();
        assertThat(Geodesy.distance(-6.9, 110.4, -7.2, 112.7))
                .isCloseTo(Geodesy.distance(-7.2, 112.7, -6.9, 110.4), within(1e-6));
    }

    @Test
    void nearlyAntipodalPointsFallBackInsteadOfLooping() {
        assertThat(Geodesy.distance(0, 0, 0.5, 179.7)).isBetween(19_000_000.0, 20_100_000.0);
    }
}
