package id.rantai.monitoring.osmand;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body the Traccar Client app sends since its version 9, read into the OsmAnd parameters
 * the rest of the port already understands. The app's background-location library writes one
 * location: {@code device_id}, and under {@code location} the ISO {@code timestamp}, {@code coords}
 * ({@code latitude}, {@code longitude}, {@code accuracy} in metres, {@code speed} in m/s,
 * {@code heading} in degrees, {@code altitude} in metres), {@code battery.level} from 0 to 1,
 * {@code is_moving}, {@code odometer}, {@code event} and {@code activity}. The library writes -1
 * where it does not know a value; such a value is left out rather than read as a reading. A seal's
 * own events (Rantai's {@code events}) may come in {@code location.extras.events}.
 */
final class TraccarClientJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Knots per metre per second: the OsmAnd speed parameter is in knots, as in Traccar. */
    static final double KNOTS_PER_MPS = 3600.0 / 1852.0;

    private TraccarClientJson() {}

    /** Thrown when the body is not a JSON object of this shape. */
    static final class NotTraccarClientJson extends RuntimeException {
        NotTraccarClientJson(String message) {
            super(message, null, false, false);
        }
    }

    static Map<String, String> parameters(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new NotTraccarClientJson("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new NotTraccarClientJson("body is not a JSON object");
        }
        Map<String, String> p = new LinkedHashMap<>();
        text(root, "device_id").ifPresent(v -> p.put("id", v));
        JsonNode location = root.path("location");
        text(location, "timestamp").ifPresent(v -> p.put("timestamp", v));
        JsonNode coords = location.path("coords");
        number(coords, "latitude", false).ifPresent(v -> p.put("lat", v));
        number(coords, "longitude", false).ifPresent(v -> p.put("lon", v));
        number(coords, "accuracy", true).ifPresent(v -> p.put("accuracy", v));
        number(coords, "altitude", false).ifPresent(v -> p.put("altitude", v));
        number(coords, "heading", true).ifPresent(v -> p.put("bearing", v));
        number(coords, "speed", true)
                .ifPresent(v -> p.put("speed", Double.toString(Double.parseDouble(v) * KNOTS_PER_MPS)));
        number(location.path("battery"), "level", true)
                .ifPresent(v -> p.put("batt", Double.toString(Double.parseDouble(v) * 100)));
        JsonNode events = location.path("extras").path("events");
        if (events.isArray()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            events.forEach(e -> names.add(e.isString() ? e.asString() : e.toString()));
            p.put("events", String.join(",", names));
        } else {
            text(location.path("extras"), "events").ifPresent(v -> p.put("events", v));
        }
        return p;
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return java.util.Optional.empty();
        }
        // A device id or time sent as a number is still that id or time.
        return java.util.Optional.of(v.isString() ? v.asString() : v.toString());
    }

    /**
     * A number as the OsmAnd parameter's text. Text that is no number is passed on as it came, so
     * that the decoder refuses it naming the field; -1, the library's "unknown", is left out where
     * it cannot be a value.
     */
    private static java.util.Optional<String> number(JsonNode node, String field, boolean minusOneIsUnknown) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return java.util.Optional.empty();
        }
        if (!v.isNumber()) {
            return java.util.Optional.of(v.isString() ? v.asString() : v.toString());
        }
        double d = v.asDouble();
        if (minusOneIsUnknown && d < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Double.toString(d));
    }
}
