package id.rantai.monitoring.ingest;

import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The checks every channel applies to a reading before it is stored: nothing impossible, and a
 * device clock that cannot be believed replaced by the receive time. Shared so that a phone, a seal over TCP and a batch are held to the same rules.
 */
public final class ReadingCheck {
    /** Seals buffer while out of coverage; a week's battery is the longest they can, so a month is generous. */
    static final Duration MAX_AGE = Duration.ofDays(31);
    /** A seal is registered before it is switched on, but the two clocks are not the same one. */
    static final Duration REGISTRATION_SKEW = Duration.ofHours(1);

    private ReadingCheck() {}

    /** A device time is required; whether its clock can be believed is {@link #withUsableClock}'s question. */
    public static @Nullable Rejection deviceTime(@Nullable Instant deviceTime) {
        return deviceTime == null ? new Rejection("deviceTime", "is required") : null;
    }

    /**
     * Whether a device's clock can be believed: not ahead of the server by more than the office
     * allows, not older than a seal can buffer, not before the seal was registered. A JT701 without
     * a GPS fix says 2000-01-01, other devices 1970 or 2080 after a battery change.
     */
    public static boolean clockUsable(
            Instant deviceTime, Instant now, MonitoringSettings s, @Nullable Instant registeredAt) {
        if (deviceTime.isAfter(now.plus(s.maxFutureSkew())) || deviceTime.isBefore(now.minus(MAX_AGE))) {
            return false;
        }
        return registeredAt == null || !deviceTime.isBefore(registeredAt.minus(REGISTRATION_SKEW));
    }

    /**
     * The reading as it is stored: unchanged when its clock is usable, otherwise with its receive
     * time as the effective time and the device's time kept beside it. Never refused for its clock:
     * what it reports (a cut cable) is true whatever the clock says, and a device whose record was
     * refused but acknowledged would delete it.
     *
     * @param index the reading's place in its message, which keeps several such readings apart
     */
    public static Reading withUsableClock(Reading r, MonitoringSettings s, @Nullable Instant registeredAt, int index) {
        return clockUsable(r.deviceTime(), r.receivedAt(), s, registeredAt) ? r : r.withReceiveTime(index);
    }

    public static @Nullable Rejection position(double latitude, double longitude) {
        if (Double.isNaN(latitude) != Double.isNaN(longitude)) {
            return new Rejection(
                    Double.isNaN(latitude) ? "latitude" : "longitude", "is required with the other coordinate");
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
