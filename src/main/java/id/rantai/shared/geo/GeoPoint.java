package id.rantai.shared.geo;

import id.rantai.shared.InvalidInputException;

/** A WGS84 position in decimal degrees; an instance is always within the valid ranges. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        check("latitude", latitude, 90);
        check("longitude", longitude, 180);
    }

    public static GeoPoint of(String field, double latitude, double longitude) {
        if (!valid(latitude, 90)) {
            throw InvalidInputException.worded(field, "latitudeOutside", latitude);
        }
        if (!valid(longitude, 180)) {
            throw InvalidInputException.worded(field, "longitudeOutside", longitude);
        }
        return new GeoPoint(latitude, longitude);
    }

    private static void check(String field, double v, double limit) {
        if (!valid(v, limit)) {
            throw InvalidInputException.worded(field, "betweenButIs", -limit, limit, v);
        }
    }

    private static boolean valid(double v, double limit) {
        return Double.isFinite(v) && v >= -limit && v <= limit;
    }
}
