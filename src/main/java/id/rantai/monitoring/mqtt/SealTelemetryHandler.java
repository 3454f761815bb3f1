package id.rantai.monitoring.mqtt;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.ReadingJournal;
import io.moquette.broker.NettyUtils;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a seal's telemetry PUBLISH on the embedded broker's connection before the broker does:
 * stores the readings and only then sends the PUBACK. A broker acknowledges QoS 1 once it has
 * routed a message, not once it is safe on disk, so leaving telemetry to the broker would let a
 * crash lose readings the seal was told had arrived; here the acknowledgement follows Rantai's own
 * durable commit. Everything else on the connection — CONNECT, the seal's command subscription,
 * command results, QoS 2 — goes on to the broker. A publish to another seal's topic is left to the
 * broker too, whose topic permissions refuse it.
 */
@ChannelHandler.Sharable
final class SealTelemetryHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SealTelemetryHandler.class);

    private final DeviceAuthenticator devices;
    private final TelemetryPayloads payloads;
    private final ReadingJournal journal;

    SealTelemetryHandler(DeviceAuthenticator devices, TelemetryPayloads payloads, ReadingJournal journal) {
        this.devices = devices;
        this.payloads = payloads;
        this.journal = journal;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof MqttPublishMessage publish && publish.fixedHeader().qosLevel() != MqttQoS.EXACTLY_ONCE) {
            String serial =
                    MqttTopics.serialOfTelemetry(publish.variableHeader().topicName());
            // Set by the broker once the CONNECT's serial and secret were accepted.
            String loggedIn = NettyUtils.userName(ctx.channel());
            if (serial != null && serial.equals(loggedIn)) {
                try {
                    store(
                            ctx,
                            serial,
                            publish.variableHeader().packetId(),
                            publish.fixedHeader().qosLevel(),
                            ByteBufUtil.getBytes(publish.payload()));
                } finally {
                    publish.release();
                }
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void store(ChannelHandlerContext ctx, String serial, int packetId, MqttQoS qos, byte[] payload) {
        SealCredential seal = devices.identify(serial).orElse(null);
        TelemetryPayloads.Parsed parsed =
                seal == null ? new TelemetryPayloads.Parsed(List.of(), 1) : payloads.readings(payload, seal);
        journal.append(parsed.readings()).whenComplete((stored, error) -> {
            if (error != null) {
                // Not stored, so not acknowledged: closing makes the seal reconnect and send it again.
                log.warn("MQTT telemetry from {} not stored ({}); closing its connection", serial, error.toString());
                ctx.close();
            } else if (parsed.refused() > 0) {
                // Part of the message was refused: no PUBACK, so the device does not delete what Rantai did not store.
                log.warn(
                        "MQTT telemetry from {}: {} reading(s) refused, message not acknowledged",
                        serial,
                        parsed.refused());
            } else if (qos == MqttQoS.AT_LEAST_ONCE) {
                ctx.writeAndFlush(
                        MqttMessageBuilders.pubAck().packetId(packetId).build());
            }
        });
    }
}
