package id.rantai.monitoring.ingest;

import id.rantai.monitoring.MonitoringSettings;
import java.time.Duration;
import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * The checks every channel applies to a reading before it is stored: nothing impossible, nothing
 * from the future. Shared so that a phone, a seal over TCP and a batch are held to the same rules.
 */
public final class ReadingCheck {
    /** Seals buffer while out of coverage; a week's battery is the longest they can, so a month is generous. */
    static final Duration MAX_AGE = Duration.ofDays(31);

    private ReadingCheck() {
    }

    public static @Nullable Rejection deviceTime(@Nullable Instant deviceTime, Instant now, MonitoringSettings s) {
        if (deviceTime == null) {
            return new Rejection("deviceTime", "is required");
        }
        if (deviceTime.isAfter(now.plus(s.maxFutureSkew()))) {
            return new Rejection("deviceTime", "is more than " + s.maxFutureSkew().toMinutes() + " minutes in the future");
        }
        if (deviceTime.isBefore(now.minus(MAX_AGE))) {
            return new Rejection("deviceTime", "is more than " + MAX_AGE.toDays() + " days old");
        }
        return null;
    }

    public static @Nullable Rejection position(double latitude, double longitude) {
        if (Double.isNaN(latitude) != Double.isNaN(longitude)) {
            return new Rejection(Double.isNaN(latitude) ? "latitude" : "longitude", "is required with the other coordinate");
        }
        if (!Double.isNaN(latitude) && !(latitude >= -90 && latitude <= 90)) {
            return new Rejection("latitude", "must be between -90 and 90");
        }
        if (!Double.isNaN(longitude) && !(longitude >= -180 && longitude <= 180)) {
            return new Rejection("longitude", "must be between -180 and 180");
        }
        return null;
    }

    public static @Nullable Rejection range(String field, double value, double min, double max) {
        if (!Double.isNaN(value) && !(value >= min && value <= max)) {
            return new Rejection(field, "must be between " + fmt(min) + " and " + fmt(max));
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
