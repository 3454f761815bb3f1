package id.rantai.shared.geo;

import java.util.Map;
import org.locationtech.jts.geom.Polygon;

/**
 * An area a seal is expected to be in: a place's fence (port, TPS, warehouse, factory) or a route's
 * corridor. Either a polygon or a circle given by centre and radius in metres.
 */
public sealed interface Geofence permits PolygonGeofence, CircleGeofence {

    boolean contains(double latitude, double longitude);

    /** The fence as a lon/lat polygon (a circle is approximated by a 64-gon), for overlap checks and maps. */
    Polygon toPolygon();

    /** The fence in the same JSON form it is accepted in (GeoJSON Polygon, or the Circle extension). */
    Map<String, Object> toJson();
}
