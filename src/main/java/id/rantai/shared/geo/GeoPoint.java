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
            throw new InvalidInputException(field, "latitude " + latitude + " is outside -90..90");
        }
        if (!valid(longitude, 180)) {
            throw new InvalidInputException(field, "longitude " + longitude + " is outside -180..180");
        }
        return new GeoPoint(latitude, longitude);
    }

    private static void check(String field, double v, double limit) {
        if (!valid(v, limit)) {
            throw new InvalidInputException(field, "must be between -" + limit + " and " + limit + " but is " + v);
        }
    }

    private static boolean valid(double v, double limit) {
        return Double.isFinite(v) && v >= -limit && v <= limit;
    }
}
