package id.rantai.eseal.route;

import id.rantai.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A route as planners have it at hand: a GPX track or route (from a navigation app or a GPS
 * logger), or GeoJSON — a LineString, a Feature of one, or a FeatureCollection whose LineString is
 * the route and whose Polygons marked {@code "role": "origin"} / {@code "destination"} are the
 * fences. Read into the GeoJSON the route plan takes; checking the plan itself stays with
 * {@link RoutePlanning}, the same for the page as for the API.
 */
public final class RouteFile {
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RouteFile() {}

    /** The route line and, when the file has them, the fences. */
    public record Parsed(
            JsonNode route,
            @Nullable JsonNode originFence,
            @Nullable JsonNode destinationFence) {}

    public static Parsed read(byte @Nullable [] content, @Nullable String fileName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("routeFile", "is required: a GPX or GeoJSON file with the route");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("routeFile", "is larger than 5 MB");
        }
        String text = new String(content, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("<")) {
            return new Parsed(gpx(content), null, null);
        }
        if (text.startsWith("{")) {
            return geoJson(text);
        }
        throw InvalidInputException.worded("routeFile", "routeFileKind");
    }

    private static JsonNode gpx(byte[] content) {
        List<double[]> points = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // A route file is untrusted input: no DTDs, no external entities.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setNamespaceAware(true);
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(content));
            for (String tag : new String[] {"trkpt", "rtept"}) {
                NodeList nodes = doc.getElementsByTagNameNS("*", tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    points.add(new double[] {
                        Double.parseDouble(e.getAttribute("lon")), Double.parseDouble(e.getAttribute("lat"))
                    });
                }
                if (!points.isEmpty()) {
                    break;
                }
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("routeFile", "has a GPX point without a numeric lat and lon");
        } catch (Exception e) {
            throw InvalidInputException.worded("routeFile", "unreadableGpx", String.valueOf(e.getMessage()));
        }
        if (points.size() < 2) {
            throw new InvalidInputException("routeFile", "has fewer than two track or route points");
        }
        ObjectNode line = JsonNodeFactory.instance.objectNode().put("type", "LineString");
        ArrayNode coordinates = line.putArray("coordinates");
        points.forEach(p -> coordinates.addArray().add(p[0]).add(p[1]));
        return line;
    }

    private static Parsed geoJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException("routeFile", "is not valid JSON");
        }
        String type = root.path("type").asString("");
        switch (type) {
            case "LineString" -> {
                return new Parsed(root, null, null);
            }
            case "Feature" -> {
                return new Parsed(lineOf(root), null, null);
            }
            case "FeatureCollection" -> {
                JsonNode route = null, origin = null, destination = null;
                for (JsonNode feature : root.path("features")) {
                    JsonNode geometry = feature.path("geometry");
                    String role = feature.path("properties").path("role").asString("");
                    if ("LineString".equals(geometry.path("type").asString("")) && route == null) {
                        route = geometry;
                    } else if ("origin".equals(role)) {
                        origin = geometry;
                    } else if ("destination".equals(role)) {
                        destination = geometry;
                    }
                }
                if (route == null) {
                    throw new InvalidInputException("routeFile", "has no LineString feature for the route");
                }
                return new Parsed(route, origin, destination);
            }
            default -> throw InvalidInputException.worded("routeFile", "routeGeoJsonType", type);
        }
    }

    private static JsonNode lineOf(JsonNode feature) {
        JsonNode geometry = feature.path("geometry");
        if (!"LineString".equals(geometry.path("type").asString(""))) {
            throw new InvalidInputException("routeFile", "is a Feature whose geometry is not a LineString");
        }
        return geometry;
    }

    /** A circular fence around a point of the route, for a file that brings no fences. */
    public static JsonNode circleAround(JsonNode route, boolean atStart, int radiusMeters) {
        JsonNode coordinates = route.path("coordinates");
        if (!coordinates.isArray()
                || coordinates.size() < 2
                || coordinates.get(0).size() < 2) {
            throw new InvalidInputException("routeFile", "has a route with fewer than two positions");
        }
        JsonNode point = coordinates.get(atStart ? 0 : coordinates.size() - 1);
        ObjectNode circle =
                JsonNodeFactory.instance.objectNode().put("type", "Circle").put("radius", radiusMeters);
        circle.putArray("coordinates")
                .add(point.get(0).asDouble())
                .add(point.get(1).asDouble());
        return circle;
    }
}
