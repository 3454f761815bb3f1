package id.rantai.shared.geo;

import id.rantai.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the GeoJSON (RFC 7946) subset Rantai accepts, with an error that names the
 * offending member, e.g. {@code route.coordinates[3]}. Positions are [longitude, latitude].
 */
public final class GeoJson {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** Larger fences are almost certainly a units mistake (degrees typed as metres, or a whole island). */
    public static final double MAX_CIRCLE_RADIUS_METERS = 50_000;

    private GeoJson() {}

    public static LineString lineString(JsonNode node, String field) {
        requireType(node, field, "LineString");
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new InvalidInputException(
                    field + ".coordinates", "must be an array of [longitude, latitude] positions");
        }
        if (coordinates.size() < 2) {
            throw new InvalidInputException(field + ".coordinates", "must have at least two positions");
        }
        Coordinate[] cs = positions(coordinates, field + ".coordinates");
        LineString line = FACTORY.createLineString(cs);
        if (line.getLength() == 0) {
            throw new InvalidInputException(field + ".coordinates", "must contain at least two distinct positions");
        }
        return line;
    }

    public static Geofence geofence(JsonNode node, String field) {
        if (node == null || node.isNull() || !node.isObject()) {
            throw new InvalidInputException(field, "must be a GeoJSON Polygon or a Circle object");
        }
        String type = node.path("type").asString("");
        return switch (type) {
            case "Polygon" -> new PolygonGeofence(polygon(node, field));
            case "Circle" -> circle(node, field);
            default -> throw InvalidInputException.worded(field + ".type", "geofenceType", type);
        };
    }

    private static CircleGeofence circle(JsonNode node, String field) {
        Coordinate c = position(node.get("coordinates"), field + ".coordinates");
        JsonNode r = node.get("radius");
        if (r == null || !r.isNumber()) {
            throw new InvalidInputException(field + ".radius", "is required: the radius in metres");
        }
        double radius = r.asDouble();
        if (!(radius > 0 && radius <= MAX_CIRCLE_RADIUS_METERS)) {
            throw InvalidInputException.worded(field + ".radius", "radius", (int) MAX_CIRCLE_RADIUS_METERS);
        }
        return new CircleGeofence(new GeoPoint(c.y, c.x), radius);
    }

    private static Polygon polygon(JsonNode node, String field) {
        JsonNode rings = node.get("coordinates");
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new InvalidInputException(field + ".coordinates", "must be an array of linear rings");
        }
        LinearRing shell = ring(rings.get(0), field + ".coordinates[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), field + ".coordinates[" + i + "]");
        }
        Polygon polygon = FACTORY.createPolygon(shell, holes);
        IsValidOp validity = new IsValidOp(polygon);
        if (!validity.isValid()) {
            throw InvalidInputException.worded(
                    field, "invalidPolygon", validity.getValidationError().getMessage());
        }
        return polygon;
    }

    private static LinearRing ring(JsonNode node, String field) {
        if (node == null || !node.isArray() || node.size() < 4) {
            throw new InvalidInputException(field, "must be a closed ring of at least four positions");
        }
        Coordinate[] cs = positions(node, field);
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new InvalidInputException(field, "must be closed: its first and last positions must be equal");
        }
        return FACTORY.createLinearRing(cs);
    }

    private static Coordinate[] positions(JsonNode array, String field) {
        Coordinate[] cs = new Coordinate[array.size()];
        for (int i = 0; i < array.size(); i++) {
            cs[i] = position(array.get(i), field + "[" + i + "]");
        }
        return cs;
    }

    private static Coordinate position(JsonNode p, String field) {
        if (p == null
                || !p.isArray()
                || p.size() < 2
                || !p.get(0).isNumber()
                || !p.get(1).isNumber()) {
            throw new InvalidInputException(field, "must be a [longitude, latitude] position");
        }
        double lon = p.get(0).asDouble(), lat = p.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180)) {
            throw InvalidInputException.worded(field, "longitudeOutside", lon);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw InvalidInputException.worded(field, "latitudeOutside", lat);
        }
        return new Coordinate(lon, lat);
    }

    private static void requireType(JsonNode node, String field, String type) {
        if (node == null || node.isNull() || !node.isObject()) {
            throw InvalidInputException.worded(field, "geoJson", type);
        }
        String actual = node.path("type").asString("");
        if (!type.equals(actual)) {
            throw InvalidInputException.worded(field + ".type", "geoJsonType", type, actual);
        }
    }

    /** GeoJSON geometry object for a JTS LineString or Polygon (lon/lat). */
    public static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (g instanceof LineString line) {
            m.put("type", "LineString");
            m.put("coordinates", PolygonGeofence.positions(line.getCoordinates()));
        } else if (g instanceof Polygon p) {
            m.put("type", "Polygon");
            m.put("coordinates", PolygonGeofence.rings(p));
        } else {
            throw new IllegalArgumentException("Unsupported geometry " + g.getGeometryType());
        }
        return m;
    }

    public static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "Feature");
        m.put("geometry", geometry);
        m.put("properties", properties);
        return m;
    }

    public static Map<String, Object> featureCollection(List<Map<String, Object>> features) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "FeatureCollection");
        m.put("features", new ArrayList<>(features));
        return m;
    }
}
