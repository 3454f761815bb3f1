package id.rantai.monitoring.mqtt;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.command.CommandChannel;
import id.rantai.monitoring.command.SealCommand;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.ReadingLog;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rantai's client of an external MQTT broker ({@code rantai.monitoring.mqtt.embedded=false}), for
 * fleets that already run one: it takes the seals' telemetry through a persistent QoS 1
 * subscription with manual acknowledgement — a message is acknowledged to the broker only after its
 * readings are durably stored — and sends commands to seals and takes their results. Without an
 * external broker, seals connect to Rantai's own {@link MqttDeviceEndpoint}.
 */
@Component
@EnableConfigurationProperties(MqttProperties.class)
@ConditionalOnExpression("${rantai.monitoring.mqtt.enabled:true} and !${rantai.monitoring.mqtt.embedded:true}")
public class MqttIngest implements SmartLifecycle, MqttCallbackExtended, CommandChannel {
    private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);

    private final MqttProperties properties;
    private final DeviceAuthenticator devices;
    private final ReadingLog journal;
    private final TelemetryPayloads payloads;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private MqttClient client;

    MqttIngest(
            MqttProperties properties,
            DeviceAuthenticator devices,
            ReadingLog journal,
            TelemetryPayloads payloads,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.events = events;
        this.properties = properties;
        this.devices = devices;
        this.journal = journal;
        this.payloads = payloads;
        this.json = json;
    }

    @Override
    public void start() {
        String url = properties.url();
        if (url == null) {
            throw new IllegalStateException("rantai.monitoring.mqtt.url is required when the broker is not embedded");
        }
        try {
            client = new MqttClient(url, properties.clientId(), new MemoryPersistence());
            client.setManualAcks(true);
            client.setCallback(this);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(false);
            options.setAutomaticReconnect(true);
            options.setMaxInflight(1000);
            options.setUserName(properties.username());
            String password = properties.password();
            if (password != null) {
                options.setPassword(password.toCharArray());
            }
            connectAndSubscribe(options);
            log.info("Taking seal telemetry from MQTT at {}", url);
        } catch (MqttException e) {
            throw new IllegalStateException("Cannot connect to the MQTT broker at " + url, e);
        }
    }

    /**
     * Connecting and subscribing are retried for a few seconds: a broker restoring Rantai's persistent
     * session may close that first connection right after accepting it; later losses are Paho's
     * automatic reconnect.
     */
    private void connectAndSubscribe(MqttConnectOptions options) throws MqttException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!client.isConnected()) {
                    client.connect(options);
                }
                client.subscribe(
                        new String[] {MqttTopics.TELEMETRY_SUBSCRIPTION, MqttTopics.COMMAND_RESULTS_SUBSCRIPTION},
                        new int[] {1, 1});
                return;
            } catch (MqttException e) {
                if (attempt >= 20) {
                    throw e;
                }
                log.warn("MQTT broker not ready yet ({}); retrying", e.toString());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws MqttException {
        String resultOf = MqttTopics.serialOfCommandResults(topic);
        if (resultOf != null) {
            CommandResults.publish(json, events, resultOf, message.getPayload());
            client.messageArrivedComplete(message.getId(), message.getQos());
            return;
        }
        String serial = MqttTopics.serialOfTelemetry(topic);
        SealCredential seal = serial == null ? null : devices.identify(serial).orElse(null);
        List<Reading> readings = new ArrayList<>();
        if (seal == null) {
            log.warn("MQTT message on {} for no known seal: dropped", topic);
        } else {
            // Refused readings are counted; the broker already acknowledged the device, and holding
            // this message back would only have the broker deliver it again, refused again.
            readings = payloads.readings(message.getPayload(), seal).readings();
        }
        int id = message.getId(), qos = message.getQos();
        journal.append(readings).whenComplete((stored, error) -> {
            if (error != null) {
                // Not stored and not acknowledged: the broker keeps the message for the next session.
                log.warn("MQTT message {} on {} not stored: {}", id, topic, error.toString());
                return;
            }
            try {
                client.messageArrivedComplete(id, qos);
            } catch (MqttException e) {
                log.warn("Could not acknowledge MQTT message {}: {}", id, e.toString());
            }
        });
    }

    @Override
    public boolean send(String serial, SealCommand command) {
        if (client == null || !client.isConnected()) {
            return false;
        }
        String body = "{\"commandId\":\"" + command.id() + "\",\"command\":\"" + command.kind() + "\"}";
        try {
            client.publish(
                    MqttTopics.commands(serial), body.getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, false);
            return true;
        } catch (MqttException e) {
            log.warn("Could not send {} to {}: {}", command.kind(), serial, e.toString());
            return false;
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        if (reconnect) {
            log.info("Reconnected to the MQTT broker at {}", serverURI);
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("Lost the MQTT broker: {}; reconnecting", cause.toString());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Rantai publishes commands elsewhere; nothing to do for telemetry.
    }

    @Override
    public void stop() {
        if (client != null) {
            try {
                client.disconnect(5000);
                client.close();
            } catch (MqttException e) {
                log.debug("MQTT disconnect: {}", e.toString());
            }
            client = null;
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 50;
    }
}
