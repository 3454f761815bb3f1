package id.rantai.monitoring.mqtt;

import id.rantai.monitoring.command.CommandChannel;
import id.rantai.monitoring.command.SealCommand;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.DeviceListener;
import id.rantai.monitoring.ingest.ReadingLog;
import id.rantai.monitoring.ingest.Refusals;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rantai's own MQTT endpoint for seals (MQTT 3.1.1 on Netty's codec, as Traccar serves MQTT
 * devices), started with Rantai so that the first command needs no broker. A seal logs in with its
 * serial number and device secret and may only publish to its own {@code rantai/seals/{serial}/telemetry}
 * and {@code …/command-results} and subscribe to its own {@code …/commands}.
 *
 * <p>Rantai is the only other party on every topic, so it needs no broker in between: telemetry is
 * stored and only then acknowledged (a broker acknowledges once it has routed a message, which would
 * let a crash lose readings the seal was told had arrived), command results become events, and a
 * command is written straight to the seal's connection. Fleets that already run a broker set
 * {@code rantai.monitoring.mqtt.embedded=false}; {@link MqttIngest} then subscribes to it instead.
 *
 * <p>Sessions are not kept across connections: a command for a seal that is not connected and
 * subscribed is not sent, and is reported when its time is up — the same as a command a seal never
 * answers.
 */
@Component
@EnableConfigurationProperties(MqttProperties.class)
@ConditionalOnExpression("${rantai.monitoring.mqtt.enabled:true} and ${rantai.monitoring.mqtt.embedded:true}")
public class MqttDeviceEndpoint extends DeviceListener implements CommandChannel {
    /** Large enough for a batch of a few hundred readings; a bigger packet closes the connection. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;
    /** Until the CONNECT's keep-alive applies, a connection that says nothing is closed after this. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final DeviceAuthenticator devices;
    private final TelemetryPayloads payloads;
    private final ReadingLog journal;
    private final Refusals refusals;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    /** The seals connected now, by serial number: where their commands go. */
    private final ConcurrentMap<String, SealMqttConnection> connected = new ConcurrentHashMap<>();

    MqttDeviceEndpoint(
            MqttProperties properties,
            DeviceAuthenticator devices,
            TelemetryPayloads payloads,
            ReadingLog journal,
            Refusals refusals,
            JsonMapper json,
            ApplicationEventPublisher events) {
        super("MQTT", properties.port(), 0, CONNECT_TIMEOUT_SECONDS);
        this.devices = devices;
        this.payloads = payloads;
        this.journal = journal;
        this.refusals = refusals;
        this.json = json;
        this.events = events;
    }

    @Override
    protected void addHandlers(ChannelPipeline pipeline, ChannelHandler messageDecoded) {
        pipeline.addLast(new MqttDecoder(MAX_MESSAGE_BYTES))
                .addLast(messageDecoded)
                .addLast(MqttEncoder.INSTANCE)
                .addLast(new SealMqttConnection(this));
    }

    /** Sends the command if the seal is connected and subscribed to its commands; false otherwise. */
    @Override
    public boolean send(String serial, SealCommand command) {
        SealMqttConnection c = connected.get(serial);
        String body = "{\"commandId\":\"" + command.id() + "\",\"command\":\"" + command.kind() + "\"}";
        return c != null && c.sendCommand(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A seal logged in; an older connection of the same seal is closed, as MQTT requires. */
    void online(String serial, SealMqttConnection c) {
        SealMqttConnection previous = connected.put(serial, c);
        if (previous != null && previous != c) {
            previous.close();
        }
    }

    void offline(String serial, SealMqttConnection c) {
        connected.remove(serial, c);
    }

    DeviceAuthenticator devices() {
        return devices;
    }

    TelemetryPayloads payloads() {
        return payloads;
    }

    ReadingLog journal() {
        return journal;
    }

    Refusals refusals() {
        return refusals;
    }

    void commandResult(String serial, byte[] payload) {
        CommandResults.publish(json, events, serial, payload);
    }
}
