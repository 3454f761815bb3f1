package id.rantai.monitoring.jt701;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.DeviceIntake;
import id.rantai.monitoring.ingest.DeviceListener;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.Rejection;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * JT701 seals over TCP. A frame's acknowledgement, when the device asks for one, is sent only after
 * its readings are durably stored; a device that hears none keeps the frame and sends it again
 * (and the duplicate is recognised). A bad frame is logged and its connection closed — other
 * connections are untouched, and no connection can make the server buffer more than one frame.
 */
@Component
@EnableConfigurationProperties(Jt701Properties.class)
public class Jt701Server extends DeviceListener {
    private static final Logger log = LoggerFactory.getLogger(Jt701Server.class);

    private final Jt701Properties properties;

    private final DeviceIntake intake;

    Jt701Server(Jt701Properties properties, DeviceIntake intake) {
        super("JT701", properties.port(), 0, properties.idleSeconds());
        this.intake = intake;
        this.properties = properties;
    }

    @Override
    protected void addHandlers(ChannelPipeline pipeline, ChannelHandler messageDecoded) {
        pipeline.addLast(new Jt701FrameDecoder()).addLast(messageDecoded).addLast(new Handler());
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        private final Jt701Readings mapping = new Jt701Readings();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            Jt701Frame frame = msg instanceof Jt701FrameDecoder.Binary b
                    ? Jt701Protocol.decodeBinary(b.bytes())
                    : Jt701Protocol.decodeText(((Jt701FrameDecoder.Text) msg).bytes());
            if (frame == null) {
                return; // a text frame kind Rantai does not use
            }
            SealCredential seal = intake.devices().identify(frame.deviceId()).orElse(null);
            if (seal == null) {
                intake.refusals().refused("jt701", null, new Rejection("device", "unknown device " + frame.deviceId()));
                throw new Jt701Exception("unknown device " + frame.deviceId());
            }
            Instant now = intake.clock().instant();
            MonitoringSettings s = intake.seals().settingsForSeal(seal.sealId());
            List<Reading> readings = new ArrayList<>(frame.records().size());
            for (int i = 0; i < frame.records().size(); i++) {
                // A record dated 2000-01-01 (no fix yet) is kept at its receive time, never acknowledged and dropped.
                readings.add(ReadingCheck.withUsableClock(
                        mapping.toReading(seal.sealId(), frame.records().get(i), now), s, seal.registeredAt(), i));
            }
            intake.journal().append(readings).whenComplete((stored, error) -> {
                if (error != null) {
                    // Not stored: say nothing, so the device keeps the frame and sends it again.
                    log.warn("JT701 {}: frame {} not stored: {}", frame.deviceId(), frame.index(), error.toString());
                } else if (frame.reply() != null) {
                    ctx.writeAndFlush(Unpooled.copiedBuffer(frame.reply(), StandardCharsets.US_ASCII));
                }
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            Throwable c = cause.getCause() instanceof Jt701Exception ? cause.getCause() : cause;
            log.warn("JT701 connection {} closed: {}", ctx.channel().remoteAddress(), c.getMessage());
            ctx.close();
        }
    }
}
