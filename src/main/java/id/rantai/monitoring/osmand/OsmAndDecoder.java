package id.rantai.monitoring.osmand;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.Rejection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The OsmAnd protocol as the Traccar Client app and many trackers send it: one position as URL
 * query or form parameters ({@code id} or {@code deviceid}, {@code timestamp}, {@code lat} and
 * {@code lon} or {@code location} as "lat,lon", {@code speed}, {@code bearing} or {@code heading},
 * {@code altitude}, {@code accuracy}, {@code hdop}, {@code batt}, {@code valid}, {@code alarm}), or
 * Traccar Client's JSON read into these ({@link TraccarClientJson}). Speed is in knots, as in
 * Traccar; the timestamp is Unix seconds, milliseconds, ISO-8601 or "yyyy-MM-dd HH:mm:ss" (UTC). Rantai adds {@code secret} (the seal's device secret, unless sent as
 * HTTP Basic) and {@code events} (a comma-separated list of {@link SealEvent}s).
 */
public final class OsmAndDecoder {
    static final double KNOTS_TO_KMH = 1.852;

    private OsmAndDecoder() {}

    /** A decoded reading, or why not. */
    public record Decoded(
            @Nullable Reading reading, @Nullable Rejection rejection) {}

    public static @Nullable String serial(Map<String, String> p) {
        String id = p.get("id");
        return id != null ? id : p.get("deviceid");
    }

    public static Decoded decode(Map<String, String> given, UUID sealId, Instant now) {
        try {
            Map<String, String> p = withPositionSplit(given);
            Instant time = timestamp(p.get("timestamp"), now);
            Rejection r = ReadingCheck.deviceTime(time);
            if (r != null) {
                return new Decoded(null, r);
            }
            double lat = number(p, "lat"), lon = number(p, "lon");
            r = ReadingCheck.position(lat, lon);
            double speedKnots = number(p, "speed");
            double speed = Double.isNaN(speedKnots) ? Double.NaN : speedKnots * KNOTS_TO_KMH;
            double heading = number(p, p.containsKey("bearing") ? "bearing" : "heading");
            double battery = number(p, "batt");
            if (r == null) {
                r = ReadingCheck.range("speed", speed, 0, 1000);
            }
            if (r == null) {
                r = ReadingCheck.range("bearing", heading, 0, 360);
            }
            if (r == null) {
                r = ReadingCheck.range("batt", battery, 0, 100);
            }
            if (r != null) {
                return new Decoded(null, r);
            }
            double accuracy = number(p, "accuracy");
            double hdop = number(p, "hdop");
            if (Double.isNaN(accuracy) && !Double.isNaN(hdop)) {
                accuracy = hdop * 5;
            }
            String valid = p.get("valid");
            boolean fixValid =
                    !Double.isNaN(lat) && (valid == null || !valid.equalsIgnoreCase("false") && !valid.equals("0"));
            int events = events(p.get("events")) | alarm(p.get("alarm"));
            return new Decoded(
                    new Reading(
                            sealId,
                            time,
                            now,
                            -1,
                            lat,
                            lon,
                            number(p, "altitude"),
                            accuracy,
                            fixValid,
                            speed,
                            heading,
                            Double.isNaN(battery) ? -1 : (int) Math.round(battery),
                            LockState.UNKNOWN,
                            events,
                            null,
                            null,
                            null),
                    null);
        } catch (BadField e) {
            return new Decoded(null, new Rejection(e.field, e.getMessage()));
        }
    }

    /**
     * Traccar's OsmAnd server also takes the position as one {@code location} parameter,
     * "latitude,longitude"; read as {@code lat} and {@code lon} when those are not given.
     */
    private static Map<String, String> withPositionSplit(Map<String, String> p) {
        String location = p.get("location");
        if (location == null || p.containsKey("lat") || p.containsKey("lon")) {
            return p;
        }
        String[] parts = location.split(",", -1);
        if (parts.length != 2) {
            throw new BadField("location", "must be latitude,longitude");
        }
        Map<String, String> out = new java.util.HashMap<>(p);
        out.put("lat", parts[0].trim());
        out.put("lon", parts[1].trim());
        return out;
    }

    /** "yyyy-MM-dd HH:mm:ss", in UTC as Traccar reads it. */
    private static final java.time.format.DateTimeFormatter PLAIN_TIME = java.time.format.DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT)
            .withZone(java.time.ZoneOffset.UTC);

    private static Instant timestamp(@Nullable String v, Instant now) {
        if (v == null || v.isEmpty()) {
            return now;
        }
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                long n = Long.parseLong(v);
                return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
                return PLAIN_TIME.parse(v, Instant::from);
            }
            return OffsetDateTime.parse(v.replace(' ', '+')).toInstant();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadField("timestamp", "must be Unix seconds, milliseconds or an ISO-8601 date-time");
        }
    }

    private static double number(Map<String, String> p, String field) {
        String v = p.get(field);
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadField(field, "must be a number");
        }
    }

    private static int events(@Nullable String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        int mask = 0;
        for (String e : v.split(",")) {
            try {
                mask |= SealEvent.valueOf(e.trim().toUpperCase(Locale.ROOT)).bit();
            } catch (IllegalArgumentException x) {
                throw new BadField("events", "has unknown event '" + e + "'");
            }
        }
        return mask;
    }

    /** Traccar's alarm names for the conditions a seal reports. */
    private static int alarm(@Nullable String v) {
        if (v == null) {
            return 0;
        }
        return switch (v) {
            case "tampering" -> SealEvent.TAMPER.bit();
            case "door" -> SealEvent.OPENED.bit();
            case "lowBattery" -> SealEvent.LOW_BATTERY.bit();
            default -> 0;
        };
    }

    private static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
