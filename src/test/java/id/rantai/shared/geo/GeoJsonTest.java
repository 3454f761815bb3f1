package id.rantai.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    @Test
    void readsACircleFenceAndTestsContainmentGeodesically() {
        Geofence fence =
                GeoJson.geofence(json("{\"type\":\"Circle\",\"coordinates\":[110.425,-6.946],\"radius\":800}"), "f");
        assertThat(fence).isInstanceOf(CircleGeofence.class);
        assertThat(fence.contains(-6.946, 110.425)).isTrue();
        assertThat(fence.contains(-6.946 + 0.0070, 110.425)).isTrue(); // ~774 m
        assertThat(fence.contains(-6.946 + 0.0075, 110.425)).isFalse(); // ~829 m
        assertThat(fence.toPolygon().getNumPoints()).isEqualTo(65);
    }

    @Test
    void readsAPolygonWithAHole() {
        Geofence fence = GeoJson.geofence(json("""
                {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}"""), "f");
        assertThat(fence.contains(2, 2)).isTrue();
        assertThat(fence.contains(5, 5)).isFalse();
        assertThat(fence.contains(0, 5)).isTrue(); // the boundary is inside
    }

    @Test
    void namesTheOffendingMember() {
        assertField("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0.5]]]}", "f.coordinates[0]");
        assertField("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,91],[0,0]]]}", "f.coordinates[0][2]");
        assertField("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,\"a\"],[0,0]]]}", "f.coordinates[0][2]");
        assertField("{\"type\":\"Circle\",\"coordinates\":[0,0],\"radius\":-5}", "f.radius");
        assertField("{\"type\":\"Circle\",\"coordinates\":[0,0],\"radius\":90000}", "f.radius");
        assertField("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", "f.type");
        assertField("[1,2]", "f");
    }

    @Test
    void lineStringsNeedTwoDistinctPositions() {
        assertThatThrownBy(() ->
                        GeoJson.lineString(json("{\"type\":\"LineString\",\"coordinates\":[[1,1],[1,1]]}"), "route"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("distinct");
        assertThat(GeoJson.lineString(json("{\"type\":\"LineString\",\"coordinates\":[[1,1],[1,2]]}"), "route")
                        .getNumPoints())
                .isEqualTo(2);
    }

    @Test
    void writesWhatItReads() {
        Geofence fence =
                GeoJson.geofence(json("{\"type\":\"Circle\",\"coordinates\":[110.4,-6.9],\"radius\":300}"), "f");
        Geofence again = GeoJson.geofence(json(JSON.writeValueAsString(fence.toJson())), "f");
        assertThat(again).isEqualTo(fence);
    }

    private static void assertField(String geofence, String field) {
        assertThatThrownBy(() -> GeoJson.geofence(json(geofence), "f"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
