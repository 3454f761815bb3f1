package id.rantai.monitoring.cluster;

import id.rantai.eseal.TripParties;
import id.rantai.monitoring.command.SealCommand;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.rules.MonitorInstruction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records instances exchange besides readings, as JSON with a {@value #KIND} header naming what
 * each is: a trip monitor's instructions (on the readings topic, in order with the seal's readings),
 * live events and seal commands (on the broadcast topic, with the sending instance in {@value
 * #ORIGIN}). The application's own JSON mapper writes them, so a live event reaches a browser on
 * another instance exactly as it would on this one.
 */
@Component
class ClusterMessages {
    static final String KIND = "rantai-kind";
    static final String ORIGIN = "rantai-origin";
    static final String READING = "reading";
    static final String LIVE = "live";
    static final String POSITIONS = "positions";
    static final String COMMAND = "command";

    private static final Map<String, Class<? extends MonitorInstruction>> INSTRUCTIONS = Map.of(
            "TripMoved", MonitorInstruction.TripMoved.class,
            "UnlockExpected", MonitorInstruction.UnlockExpected.class,
            "UnlockFailed", MonitorInstruction.UnlockFailed.class,
            "AlertResolved", MonitorInstruction.AlertResolved.class,
            "UnlockPolicyChanged", MonitorInstruction.UnlockPolicyChanged.class);

    private final JsonMapper json;

    ClusterMessages(JsonMapper json) {
        this.json = json;
    }

    static String kindOf(MonitorInstruction instruction) {
        return instruction.getClass().getSimpleName();
    }

    static boolean isInstruction(String kind) {
        return INSTRUCTIONS.containsKey(kind);
    }

    byte[] instruction(MonitorInstruction instruction) {
        return json.writeValueAsBytes(instruction);
    }

    MonitorInstruction instruction(String kind, byte[] body) {
        return json.readValue(body, INSTRUCTIONS.get(kind));
    }

    byte[] live(LiveEvent event) {
        return json.writeValueAsBytes(liveMap(event));
    }

    /** Several seals' latest positions in one record. */
    byte[] positions(List<LiveEvent> positions) {
        return json.writeValueAsBytes(
                positions.stream().map(ClusterMessages::liveMap).toList());
    }

    List<LiveEvent> positions(byte[] body) {
        List<LiveEvent> out = new ArrayList<>();
        for (JsonNode n : json.readTree(body)) {
            out.add(live(n));
        }
        return out;
    }

    private static Map<String, @Nullable Object> liveMap(LiveEvent event) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("name", event.name());
        m.put("data", event.data());
        m.put("parties", event.parties());
        m.put("sealId", event.sealId());
        m.put("deviceTime", event.deviceTime());
        return m;
    }

    /** The event as the sending instance published it; its data stays JSON, which is all a stream needs. */
    LiveEvent live(byte[] body) {
        return live(json.readTree(body));
    }

    private LiveEvent live(JsonNode n) {
        JsonNode seal = n.get("sealId");
        JsonNode time = n.get("deviceTime");
        return new LiveEvent(
                n.get("name").asString(),
                n.get("data"),
                json.treeToValue(n.get("parties"), TripParties.class),
                seal == null || seal.isNull() ? null : UUID.fromString(seal.asString()),
                time == null || time.isNull() ? null : Instant.parse(time.asString()));
    }

    byte[] command(String serial, SealCommand command) {
        return json.writeValueAsBytes(Map.of("serial", serial, "command", command));
    }

    /** A command sent through another instance: the seal's serial and the command. */
    record Routed(String serial, SealCommand command) {}

    Routed command(byte[] body) {
        JsonNode n = json.readTree(body);
        return new Routed(n.get("serial").asString(), json.treeToValue(n.get("command"), SealCommand.class));
    }

    static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
