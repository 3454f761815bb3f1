package id.rantai.monitoring.mqtt;

import id.rantai.monitoring.command.CommandResultReceived;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A seal's answer to a command, {@code {"commandId": "...", "success": true, "detail": "..."}}, as an event. */
final class CommandResults {
    private static final Logger log = LoggerFactory.getLogger(CommandResults.class);

    private CommandResults() {}

    static void publish(JsonMapper json, ApplicationEventPublisher events, String serial, byte[] payload) {
        try {
            JsonNode r = json.readTree(payload);
            events.publishEvent(new CommandResultReceived(
                    UUID.fromString(r.path("commandId").asString("")),
                    serial,
                    r.path("success").asBoolean(false),
                    r.hasNonNull("detail") ? r.get("detail").asString("") : null));
        } catch (RuntimeException e) {
            log.warn("Unreadable command result from {}: {}", serial, e.toString());
        }
    }
}
