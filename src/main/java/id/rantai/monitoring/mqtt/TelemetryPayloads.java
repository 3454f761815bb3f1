package id.rantai.monitoring.mqtt;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.JsonReadingParser;
import id.rantai.monitoring.rules.OfficeSettings;
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
 * logged and the rest kept.
 */
@Component
class TelemetryPayloads {
    private static final Logger log = LoggerFactory.getLogger(TelemetryPayloads.class);

    private final JsonMapper json;
    private final OfficeSettings settings;
    private final Clock clock;

    TelemetryPayloads(JsonMapper json, OfficeSettings settings, Clock clock) {
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    List<Reading> readings(byte[] payload, SealCredential seal) {
        List<Reading> out = new ArrayList<>();
        JsonNode body;
        try {
            body = json.readTree(payload);
        } catch (RuntimeException e) {
            log.warn("MQTT payload from {} is not JSON: dropped", seal.serialNumber());
            return out;
        }
        Instant now = clock.instant();
        Iterable<JsonNode> items = body.has("readings") && body.get("readings").isArray() ? body.get("readings") : List.of(body);
        for (JsonNode n : items) {
            var parsed = JsonReadingParser.parse(n, seal.sealId(), seal.serialNumber(), now, settings.defaults());
            if (parsed.rejection() != null) {
                log.warn("MQTT reading from {} refused: {} {}", seal.serialNumber(), parsed.rejection().field(),
                        parsed.rejection().message());
            } else {
                out.add(parsed.reading());
            }
        }
        return out;
    }
}
