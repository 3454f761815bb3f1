package id.rantai.monitoring.cluster;

import id.rantai.monitoring.command.CommandChannel;
import id.rantai.monitoring.command.SealCommand;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.live.LiveFeed;
import id.rantai.monitoring.live.SseHub;
import id.rantai.monitoring.mqtt.MqttDeviceEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What every instance must hear: live events (a viewer's stream is on one instance, the alert may be
 * raised on another) and seal commands (the seal's MQTT connection may be held by another instance
 * than the one the command was asked on). Each is delivered here at once and sent to the broadcast
 * topic; the other instances deliver it to their own viewers and connected seals (and do not even
 * read live events while nobody watches them). Sending never
 * blocks whoever published: a live event that cannot reach Kafka is logged and lost to the other
 * instances only.
 */
@Component
@Primary
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class ClusterBroadcast implements LiveFeed, CommandChannel, MessageListener<String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(ClusterBroadcast.class);
    private static final byte[] LIVE = ClusterMessages.LIVE.getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMAND = ClusterMessages.COMMAND.getBytes(StandardCharsets.UTF_8);
    private static final byte[] POSITIONS = ClusterMessages.POSITIONS.getBytes(StandardCharsets.UTF_8);

    private final SseHub hub;
    private final ObjectProvider<MqttDeviceEndpoint> seals;
    private final KafkaTemplate<String, byte[]> kafka;
    private final ClusterMessages messages;
    private final String topic;
    private final String self;
    private final byte[] origin;
    private final Map<UUID, LiveEvent> pendingPositions = new ConcurrentHashMap<>();

    ClusterBroadcast(
            SseHub hub,
            ObjectProvider<MqttDeviceEndpoint> seals,
            KafkaTemplate<String, byte[]> clusterKafka,
            ClusterMessages messages,
            ClusterProperties properties,
            KafkaCluster.ClusterInstance instance) {
        this.hub = hub;
        this.seals = seals;
        this.kafka = clusterKafka;
        this.messages = messages;
        this.topic = properties.broadcast().name();
        this.self = instance.id();
        this.origin = self.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void publish(LiveEvent event) {
        hub.publish(event);
        if (event.isPosition()) {
            // Only a seal's newest position is worth sending on: they go out together, a few times a
            // second, as a slow viewer's stream already keeps only the newest.
            pendingPositions.merge(
                    event.sealId(), event, (old, now) -> now.deviceTime().isAfter(old.deviceTime()) ? now : old);
        } else {
            send(LIVE, messages.live(event));
        }
    }

    /** Sends the positions gathered since the last time, one record for all of them. */
    @Scheduled(fixedDelayString = "${rantai.cluster.broadcast.positions-every:PT0.25S}")
    void sendPositions() {
        if (pendingPositions.isEmpty()) {
            return;
        }
        List<LiveEvent> batch = new ArrayList<>(pendingPositions.size());
        for (UUID seal : List.copyOf(pendingPositions.keySet())) {
            LiveEvent e = pendingPositions.remove(seal);
            if (e != null) {
                batch.add(e);
            }
        }
        send(POSITIONS, messages.positions(batch));
    }

    /**
     * To the seal if it is connected here; otherwise to every other instance, one of which may hold
     * its connection. True once it is on its way; a seal connected nowhere lets the command time out.
     */
    @Override
    public boolean send(String serial, SealCommand command) {
        MqttDeviceEndpoint local = seals.getIfAvailable();
        if (local != null && local.send(serial, command)) {
            return true;
        }
        return send(COMMAND, messages.command(serial, command));
    }

    private boolean send(byte[] kind, byte[] body) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, body);
            record.headers().add(ClusterMessages.KIND, kind).add(ClusterMessages.ORIGIN, origin);
            kafka.send(record).whenComplete((sent, error) -> {
                if (error != null) {
                    log.warn("A broadcast did not reach Kafka; other instances miss it", error);
                }
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("A broadcast could not be handed to Kafka; other instances miss it", e);
            return false;
        }
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        if (self.equals(ClusterMessages.header(record, ClusterMessages.ORIGIN))) {
            return; // delivered here when it was sent
        }
        String kind = ClusterMessages.header(record, ClusterMessages.KIND);
        try {
            if (ClusterMessages.LIVE.equals(kind)) {
                if (hub.hasSubscribers()) {
                    hub.publish(messages.live(record.value()));
                }
            } else if (ClusterMessages.POSITIONS.equals(kind)) {
                if (hub.hasSubscribers()) {
                    messages.positions(record.value()).forEach(hub::publish);
                }
            } else if (ClusterMessages.COMMAND.equals(kind)) {
                MqttDeviceEndpoint local = seals.getIfAvailable();
                ClusterMessages.Routed routed = messages.command(record.value());
                if (local != null && local.send(routed.serial(), routed.command())) {
                    log.info(
                            "Command {} passed on to seal {} connected here",
                            routed.command().id(),
                            routed.serial());
                }
            }
        } catch (RuntimeException e) {
            log.warn("A broadcast of kind {} could not be delivered here", kind, e);
        }
    }
}
