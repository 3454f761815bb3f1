package id.rantai.monitoring.forwarding;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.Rejection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of Traccar's JSON position forwarding ({@code forward.type=json}):
 * {@code {"position": {...}, "device": {"uniqueId": ...}}}. Traccar's speeds are knots; its
 * attributes carry the battery, the lock and the alarm.
 */
final class TraccarPositions {
    static final double KNOTS_TO_KMH = 1.852;

    private TraccarPositions() {}

    record Decoded(Reading reading, Rejection rejection) {}

    static String uniqueId(JsonNode body) {
        JsonNode device = body.path("device");
        String id = device.path("uniqueId").asString("");
        return id.isEmpty() ? null : id;
    }

    static Decoded decode(JsonNode body, UUID sealId, Instant now) {
        JsonNode p = body.path("position");
        if (!p.isObject()) {
            return new Decoded(null, new Rejection("position", "is required"));
        }
        Instant fixTime;
        try {
            String t = p.path("fixTime").asString(p.path("deviceTime").asString(""));
            fixTime = t.isEmpty()
                    ? null
                    : OffsetDateTime.parse(t.replace("+0000", "+00:00")).toInstant();
        } catch (DateTimeParseException e) {
            return new Decoded(null, new Rejection("position.fixTime", "must be an ISO-8601 date-time"));
        }
        Rejection r = ReadingCheck.deviceTime(fixTime);
        if (r != null) {
            return new Decoded(null, new Rejection("position." + r.field(), r.message()));
        }
        double lat = number(p, "latitude"), lon = number(p, "longitude");
        r = ReadingCheck.position(lat, lon);
        if (r != null) {
            return new Decoded(null, new Rejection("position." + r.field(), r.message()));
        }
        JsonNode a = p.path("attributes");
        int events = switch (a.path("alarm").asString("")) {
            case "tampering" -> SealEvent.TAMPER.bit();
            case "door" -> SealEvent.OPENED.bit();
            case "lowBattery" -> SealEvent.LOW_BATTERY.bit();
            default -> 0;
        };
        LockState lock = a.has("lock")
                ? (a.path("lock").asBoolean() ? LockState.LOCKED : LockState.UNLOCKED)
                : LockState.UNKNOWN;
        double battery = a.has("batteryLevel") ? a.path("batteryLevel").asDouble(Double.NaN) : Double.NaN;
        double speed = number(p, "speed");
        return new Decoded(
                new Reading(
                        sealId,
                        fixTime,
                        now,
                        -1,
                        lat,
                        lon,
                        number(p, "altitude"),
                        number(p, "accuracy"),
                        p.path("valid").asBoolean(true),
                        Double.isNaN(speed) ? Double.NaN : speed * KNOTS_TO_KMH,
                        number(p, "course"),
                        Double.isNaN(battery) || battery < 0 || battery > 100 ? -1 : (int) Math.round(battery),
                        lock,
                        events,
                        null,
                        null,
                        null),
                null);
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
    }
}
