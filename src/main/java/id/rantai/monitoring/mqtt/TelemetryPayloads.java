package id.rantai.monitoring.mqtt;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.JsonReadingParser;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.ingest.Rejection;
import id.rantai.monitoring.rules.TripMonitors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a telemetry message: one reading object, or {@code {"readings": [...]}}, in the batch
 * endpoint's format. A device cannot be told over MQTT what was wrong, so refused readings are
 * logged and counted, the rest kept — and the message is then not acknowledged, so the device
 * keeps it rather than deleting a record Rantai did not store.
 */
@Component
class TelemetryPayloads {
    private static final Logger log = LoggerFactory.getLogger(TelemetryPayloads.class);

    /** The readings to store, and how many of the message's readings were refused. */
    record Parsed(List<Reading> readings, int refused) {}

    private final JsonMapper json;
    private final TripMonitors monitors;
    private final Refusals refusals;
    private final Clock clock;

    TelemetryPayloads(JsonMapper json, TripMonitors monitors, Refusals refusals, Clock clock) {
        this.json = json;
        this.monitors = monitors;
        this.refusals = refusals;
        this.clock = clock;
    }

    Parsed readings(byte[] payload, SealCredential seal) {
        List<Reading> out = new ArrayList<>();
        JsonNode body;
        try {
            body = json.readTree(payload);
        } catch (RuntimeException e) {
            log.warn("MQTT payload from {} is not JSON: not acknowledged", seal.serialNumber());
            refusals.refused("mqtt", seal.sealId(), new Rejection("payload", "is not JSON"));
            return new Parsed(out, 1);
        }
        Instant now = clock.instant();
        MonitoringSettings s = monitors.settingsForSeal(seal.sealId());
        Iterable<JsonNode> items =
                body.has("readings") && body.get("readings").isArray() ? body.get("readings") : List.of(body);
        int index = 0, refused = 0;
        for (JsonNode n : items) {
            var parsed = JsonReadingParser.parse(n, seal.sealId(), seal.serialNumber(), now);
            if (parsed.rejection() != null) {
                log.warn(
                        "MQTT reading from {} refused: {} {}",
                        seal.serialNumber(),
                        parsed.rejection().field(),
                        parsed.rejection().message());
                refusals.refused("mqtt", seal.sealId(), parsed.rejection());
                refused++;
            } else {
                out.add(ReadingCheck.withUsableClock(parsed.reading(), s, seal.registeredAt(), index));
            }
            index++;
        }
        return new Parsed(out, refused);
    }
}
