package id.rantai.monitoring.mqtt;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.ingest.CloseWhenIdle;
import id.rantai.monitoring.ingest.DeviceListener;
import id.rantai.monitoring.ingest.Rejection;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One seal's MQTT connection: the login, its telemetry (acknowledged only once durably stored),
 * its command results, its subscription to its commands, and keep-alive. Anything outside the
 * seal's own topics, or out of the protocol's order, closes the connection — MQTT 3.1.1 has no way
 * to refuse a single packet.
 */
final class SealMqttConnection extends SimpleChannelInboundHandler<MqttMessage> {
    private static final Logger log = LoggerFactory.getLogger(SealMqttConnection.class);
    /** Keep-alive 0 turns the device's own pings off; a socket silent for this long is dead all the same. */
    private static final int SILENT_LIMIT_SECONDS = 600;

    private final MqttDeviceEndpoint endpoint;
    private @Nullable SealCredential seal;
    private @Nullable Channel channel;
    private volatile boolean subscribed;
    private final AtomicInteger nextPacketId = new AtomicInteger();
    /** QoS 2 telemetry stored and answered with PUBREC, awaiting the seal's PUBREL: a resend is not stored twice. */
    private final Set<Integer> awaitingRelease = new HashSet<>();

    SealMqttConnection(MqttDeviceEndpoint endpoint) {
        super(false); // PUBLISH payloads are released here, once read
        this.endpoint = endpoint;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, MqttMessage msg) {
        try {
            if (msg.decoderResult().isFailure()) {
                log.debug(
                        "MQTT: undecodable packet from {}: {}",
                        who(ctx),
                        msg.decoderResult().cause().toString());
                ctx.close();
                return;
            }
            MqttMessageType type = msg.fixedHeader().messageType();
            if (seal == null) {
                if (type == MqttMessageType.CONNECT) {
                    connect(ctx, (MqttConnectMessage) msg);
                } else {
                    ctx.close(); // the first packet must be CONNECT
                }
                return;
            }
            switch (type) {
                case PUBLISH -> publish(ctx, (MqttPublishMessage) msg, seal);
                case PUBREL -> release(ctx, ((MqttMessageIdVariableHeader) msg.variableHeader()).messageId());
                case SUBSCRIBE -> subscribe(ctx, (MqttSubscribeMessage) msg, seal);
                case UNSUBSCRIBE -> unsubscribe(ctx, (MqttUnsubscribeMessage) msg, seal);
                case PINGREQ -> ctx.writeAndFlush(bare(MqttMessageType.PINGRESP, MqttQoS.AT_MOST_ONCE, null));
                case PUBACK, PUBREC, PUBCOMP -> {
                    // The seal's answer to a command: Rantai keeps no session to redeliver, so nothing to do.
                }
                default -> ctx.close(); // DISCONNECT, a second CONNECT, or a packet only a server sends
            }
        } finally {
            if (msg instanceof MqttPublishMessage p) {
                p.release();
            }
        }
    }

    private void connect(ChannelHandlerContext ctx, MqttConnectMessage m) {
        int level = m.variableHeader().version();
        if (level != MqttVersion.MQTT_3_1_1.protocolLevel() && level != MqttVersion.MQTT_3_1.protocolLevel()) {
            refuse(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
            return;
        }
        String serial = m.variableHeader().hasUserName() ? m.payload().userName() : null;
        byte[] password = m.variableHeader().hasPassword() ? m.payload().passwordInBytes() : null;
        SealCredential who = password == null
                ? null
                : endpoint.devices()
                        .authenticate(serial, new String(password, StandardCharsets.UTF_8))
                        .orElse(null);
        if (who == null) {
            endpoint.refusals().refused("mqtt", null, new Rejection("credentials", "unknown seal or wrong secret"));
            refuse(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
            return;
        }
        seal = who;
        channel = ctx.channel();
        int keepAlive = m.variableHeader().keepAliveTimeSeconds();
        // MQTT closes a client silent for one and a half keep-alive periods.
        int silentLimit = keepAlive > 0 ? keepAlive + (keepAlive + 1) / 2 : SILENT_LIMIT_SECONDS;
        ctx.pipeline().replace(DeviceListener.IDLE_TIMER, DeviceListener.IDLE_TIMER, CloseWhenIdle.after(silentLimit));
        endpoint.online(who.serialNumber(), this);
        ctx.channel().closeFuture().addListener(f -> endpoint.offline(who.serialNumber(), this));
        ctx.writeAndFlush(MqttMessageBuilders.connAck()
                .returnCode(MqttConnectReturnCode.CONNECTION_ACCEPTED)
                .sessionPresent(false)
                .build());
    }

    private static void refuse(ChannelHandlerContext ctx, MqttConnectReturnCode code) {
        ctx.writeAndFlush(MqttMessageBuilders.connAck().returnCode(code).build())
                .addListener(ChannelFutureListener.CLOSE);
    }

    private void publish(ChannelHandlerContext ctx, MqttPublishMessage m, SealCredential seal) {
        String topic = m.variableHeader().topicName();
        MqttQoS qos = m.fixedHeader().qosLevel();
        int packetId = m.variableHeader().packetId();
        byte[] payload = ByteBufUtil.getBytes(m.payload());
        if (topic.equals(MqttTopics.telemetry(seal.serialNumber()))) {
            telemetry(ctx, seal, qos, packetId, payload);
        } else if (topic.equals(MqttTopics.commandResults(seal.serialNumber()))) {
            endpoint.commandResult(seal.serialNumber(), payload);
            acknowledge(ctx, qos, packetId);
        } else {
            log.warn("MQTT: seal {} published to {}, not one of its topics; closing", seal.serialNumber(), topic);
            ctx.close();
        }
    }

    private void telemetry(ChannelHandlerContext ctx, SealCredential seal, MqttQoS qos, int packetId, byte[] payload) {
        if (qos == MqttQoS.EXACTLY_ONCE && awaitingRelease.contains(packetId)) {
            acknowledge(ctx, qos, packetId); // a resend of what is stored already
            return;
        }
        TelemetryPayloads.Parsed parsed = endpoint.payloads().readings(payload, seal);
        endpoint.journal().append(parsed.readings()).whenComplete((stored, error) -> {
            if (error != null) {
                // Not stored, so not acknowledged: closing makes the seal reconnect and send it again.
                log.warn(
                        "MQTT telemetry from {} not stored ({}); closing its connection",
                        seal.serialNumber(),
                        error.toString());
                ctx.close();
            } else if (parsed.refused() > 0) {
                // Part of the message was refused: no acknowledgement, so the device does not delete what Rantai
                // did not store.
                log.warn(
                        "MQTT telemetry from {}: {} reading(s) refused, message not acknowledged",
                        seal.serialNumber(),
                        parsed.refused());
            } else {
                ctx.executor().execute(() -> {
                    if (qos == MqttQoS.EXACTLY_ONCE) {
                        awaitingRelease.add(packetId);
                    }
                    acknowledge(ctx, qos, packetId);
                });
            }
        });
    }

    private static void acknowledge(ChannelHandlerContext ctx, MqttQoS qos, int packetId) {
        switch (qos) {
            case AT_LEAST_ONCE ->
                ctx.writeAndFlush(
                        MqttMessageBuilders.pubAck().packetId(packetId).build());
            case EXACTLY_ONCE -> ctx.writeAndFlush(bare(MqttMessageType.PUBREC, MqttQoS.AT_MOST_ONCE, packetId));
            default -> {
                // QoS 0 is not acknowledged.
            }
        }
    }

    private void release(ChannelHandlerContext ctx, int packetId) {
        awaitingRelease.remove(packetId);
        ctx.writeAndFlush(bare(MqttMessageType.PUBCOMP, MqttQoS.AT_MOST_ONCE, packetId));
    }

    /** Only the seal's own commands topic; anything else is refused in the SUBACK. */
    private void subscribe(ChannelHandlerContext ctx, MqttSubscribeMessage m, SealCredential seal) {
        var ack = MqttMessageBuilders.subAck().packetId(m.variableHeader().messageId());
        for (MqttTopicSubscription s : m.payload().topicSubscriptions()) {
            if (s.topicName().equals(MqttTopics.commands(seal.serialNumber()))) {
                subscribed = true;
                ack.addGrantedQos(
                        s.qualityOfService() == MqttQoS.AT_MOST_ONCE ? MqttQoS.AT_MOST_ONCE : MqttQoS.AT_LEAST_ONCE);
            } else {
                ack.addGrantedQos(MqttQoS.FAILURE);
            }
        }
        ctx.writeAndFlush(ack.build());
    }

    private void unsubscribe(ChannelHandlerContext ctx, MqttUnsubscribeMessage m, SealCredential seal) {
        List<String> topics = m.payload().topics();
        if (topics.contains(MqttTopics.commands(seal.serialNumber()))) {
            subscribed = false;
        }
        ctx.writeAndFlush(MqttMessageBuilders.unsubAck()
                .packetId(m.variableHeader().messageId())
                .build());
    }

    /** Writes a command to the seal at QoS 1; false when the seal has not subscribed to its commands. */
    boolean sendCommand(byte[] body) {
        Channel c = channel;
        if (c == null || !subscribed || !c.isActive()) {
            return false;
        }
        int id = nextPacketId.updateAndGet(n -> n % 65_535 + 1);
        c.writeAndFlush(MqttMessageBuilders.publish()
                .topicName(MqttTopics.commands(seal.serialNumber()))
                .qos(MqttQoS.AT_LEAST_ONCE)
                .retained(false)
                .messageId(id)
                .payload(Unpooled.wrappedBuffer(body))
                .build());
        return true;
    }

    void close() {
        Channel c = channel;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("MQTT connection of {} failed: {}", who(ctx), cause.toString());
        ctx.close();
    }

    private String who(ChannelHandlerContext ctx) {
        return seal != null ? seal.serialNumber() : String.valueOf(ctx.channel().remoteAddress());
    }

    private static MqttMessage bare(MqttMessageType type, MqttQoS qos, @Nullable Integer packetId) {
        MqttFixedHeader header = new MqttFixedHeader(type, false, qos, false, 0);
        return packetId == null
                ? new MqttMessage(header)
                : new MqttMessage(header, MqttMessageIdVariableHeader.from(packetId));
    }
}
