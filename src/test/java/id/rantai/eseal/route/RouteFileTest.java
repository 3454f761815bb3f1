package id.rantai.eseal.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RouteFileTest {
    @Test
    void aGpxTrackBecomesTheRouteLineInLongitudeLatitudeOrder() {
        var parsed = RouteFile.read(bytes("""
                <?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
                <trkpt lat="-6.9460" lon="110.4250"/><trkpt lat="-6.9700" lon="110.3600"/></trkseg></trk></gpx>"""), "r.gpx");
        assertThat(parsed.route().path("type").asString()).isEqualTo("LineString");
        assertThat(parsed.route().path("coordinates").get(1).get(0).asDouble()).isEqualTo(110.36);
        assertThat(parsed.originFence()).isNull();
        var circle = RouteFile.circleAround(parsed.route(), false, 500);
        assertThat(circle.path("coordinates").get(1).asDouble()).isEqualTo(-6.97);
        assertThat(circle.path("radius").asInt()).isEqualTo(500);
    }

    @Test
    void aGpxRouteWithoutTrackPointsIsReadFromItsRoutePoints() {
        var parsed = RouteFile.read(bytes("""
                <gpx><rte><rtept lat="1" lon="2"/><rtept lat="3" lon="4"/></rte></gpx>"""), null);
        assertThat(parsed.route().path("coordinates").size()).isEqualTo(2);
    }

    @Test
    void aFeatureCollectionBringsItsOwnFences() {
        var parsed = RouteFile.read(bytes("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"role":"origin"},"geometry":{"type":"Circle","coordinates":[110.425,-6.946],"radius":800}},
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[110.425,-6.946],[110.36,-6.97]]}},
                 {"type":"Feature","properties":{"role":"destination"},"geometry":{"type":"Polygon","coordinates":[]}}]}"""), null);
        assertThat(parsed.originFence().path("radius").asInt()).isEqualTo(800);
        assertThat(parsed.destinationFence().path("type").asString()).isEqualTo("Polygon");
    }

    @Test
    void filesThatAreNoRouteAreRefusedNamingTheField() {
        for (String bad : new String[] {
            "",
            "hello",
            "{\"type\":\"Point\",\"coordinates\":[1,2]}",
            "{not json",
            "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>",
            "<gpx><trk><trkseg><trkpt lat=\"x\" lon=\"2\"/><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>",
            "{\"type\":\"FeatureCollection\",\"features\":[]}"
        }) {
            assertThatThrownBy(() -> RouteFile.read(bytes(bad), "f"))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("routeFile"));
        }
    }

    @Test
    void aGpxFileWithADoctypeIsRefusedSoNoEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <gpx><trk><trkseg><trkpt lat="1" lon="2"><name>&x;</name></trkpt><trkpt lat="3" lon="4"/></trkseg></trk></gpx>""";
        assertThatThrownBy(() -> RouteFile.read(bytes(xxe), "evil.gpx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not readable GPX");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
