package id.rantai.monitoring.ingest;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.UnlockMethod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON reading (of the batch endpoint and MQTT) into a {@link Reading}, or says which
 * field is wrong. Each reading is parsed on its own so that one bad reading never spoils its batch.
 */
public final class JsonReadingParser {
    private JsonReadingParser() {}

    /** Either a reading or a rejection. */
    public record Parsed(Reading reading, Rejection rejection) {
        static Parsed ok(Reading r) {
            return new Parsed(r, null);
        }

        static Parsed bad(String field, String message) {
            return new Parsed(null, new Rejection(field, message));
        }
    }

    public static Parsed parse(JsonNode n, UUID sealId, String serial, Instant now) {
        if (n == null || !n.isObject()) {
            return Parsed.bad("reading", "must be a JSON object");
        }
        JsonNode seal = n.get("seal");
        if (seal != null && !seal.isNull() && !serial.equals(seal.asString(""))) {
            return Parsed.bad("seal", "is not the authenticated seal; a seal reports only for itself");
        }
        Instant deviceTime;
        JsonNode t = n.get("deviceTime");
        try {
            deviceTime = t == null || t.isNull()
                    ? null
                    : t.isNumber()
                            ? Instant.ofEpochMilli(t.asLong())
                            : OffsetDateTime.parse(t.asString()).toInstant();
        } catch (DateTimeParseException e) {
            return Parsed.bad("deviceTime", "must be an ISO-8601 date-time with offset or epoch milliseconds");
        }
        Rejection r = ReadingCheck.deviceTime(deviceTime);
        if (r != null) {
            return new Parsed(null, r);
        }
        try {
            double lat = number(n, "latitude"), lon = number(n, "longitude");
            r = ReadingCheck.position(lat, lon);
            if (r == null) {
                r = ReadingCheck.range("speedKmh", number(n, "speedKmh"), 0, 1000);
            }
            if (r == null) {
                r = ReadingCheck.range("heading", number(n, "heading"), 0, 360);
            }
            if (r == null) {
                r = ReadingCheck.range("accuracy", number(n, "accuracy"), 0, 100_000);
            }
            if (r == null) {
                r = ReadingCheck.range("battery", number(n, "battery"), 0, 100);
            }
            if (r != null) {
                return new Parsed(null, r);
            }
            double accuracy = number(n, "accuracy");
            double hdop = number(n, "hdop");
            if (Double.isNaN(accuracy) && !Double.isNaN(hdop)) {
                accuracy = hdop * 5; // a common rule of thumb: 5 m user range error per unit of HDOP
            }
            JsonNode validNode = n.get("fixValid");
            boolean hasPosition = !Double.isNaN(lat);
            boolean fixValid = hasPosition && (validNode == null || validNode.isNull() || validNode.asBoolean());
            double battery = number(n, "battery");
            long sequence = n.hasNonNull("sequence") ? integral(n, "sequence") : -1;
            if (sequence < -1) {
                return Parsed.bad("sequence", "must not be negative");
            }
            int events = 0;
            JsonNode ev = n.get("events");
            if (ev != null && !ev.isNull()) {
                if (!ev.isArray()) {
                    return Parsed.bad("events", "must be an array of " + java.util.Arrays.toString(SealEvent.values()));
                }
                for (JsonNode e : ev) {
                    try {
                        events |= SealEvent.valueOf(e.asString("").toUpperCase(Locale.ROOT))
                                .bit();
                    } catch (IllegalArgumentException x) {
                        return Parsed.bad("events", "has unknown event '" + e.asString("") + "'");
                    }
                }
            }
            LockState lock = LockState.UNKNOWN;
            if (n.hasNonNull("lockState")) {
                try {
                    lock = LockState.valueOf(n.get("lockState").asString("").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException x) {
                    return Parsed.bad("lockState", "must be LOCKED, UNLOCKED or UNKNOWN");
                }
            }
            UnlockMethod method = null;
            if (n.hasNonNull("unlockMethod")) {
                try {
                    method = UnlockMethod.valueOf(
                            n.get("unlockMethod").asString("").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException x) {
                    return Parsed.bad("unlockMethod", "must be APP, RFID, BLUETOOTH or REMOTE");
                }
            }
            String card = n.hasNonNull("rfidCard") ? n.get("rfidCard").asString("") : null;
            if (card != null && (card.isEmpty() || card.length() > 64)) {
                return Parsed.bad("rfidCard", "must be 1-64 characters");
            }
            return Parsed.ok(new Reading(
                    sealId,
                    deviceTime,
                    now,
                    sequence,
                    lat,
                    lon,
                    number(n, "altitude"),
                    accuracy,
                    fixValid,
                    number(n, "speedKmh"),
                    number(n, "heading"),
                    Double.isNaN(battery) ? -1 : (int) Math.round(battery),
                    lock,
                    events,
                    method,
                    card,
                    null));
        } catch (NotANumber e) {
            return Parsed.bad(e.getMessage(), "must be a number");
        }
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new NotANumber(field);
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw new NotANumber(field);
        }
        return d;
    }

    private static long integral(JsonNode n, String field) {
        JsonNode v = n.get(field);
        // A whole number too large for a long (a 26-digit sequence) is refused like any other bad value:
        // it rejects this reading, not the batch it came in.
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new NotANumber(field);
        }
        return v.asLong();
    }

    private static final class NotANumber extends RuntimeException {
        NotANumber(String field) {
            super(field, null, false, false);
        }
    }
}
