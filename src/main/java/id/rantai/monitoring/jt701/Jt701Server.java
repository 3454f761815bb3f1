package id.rantai.monitoring.jt701;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.CloseWhenIdle;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.DeviceListener;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.ReadingJournal;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.ingest.Rejection;
import id.rantai.monitoring.rules.TripMonitors;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    private final DeviceAuthenticator devices;
    private final ReadingJournal journal;
    private final TripMonitors monitors;
    private final Refusals refusals;
    private final Clock clock;

    Jt701Server(
            Jt701Properties properties,
            DeviceAuthenticator devices,
            ReadingJournal journal,
            TripMonitors monitors,
            Refusals refusals,
            Clock clock) {
        super("JT701", properties.port(), 0);
        this.properties = properties;
        this.devices = devices;
        this.journal = journal;
        this.monitors = monitors;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    protected ChannelInitializer<SocketChannel> pipeline() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline()
                        .addLast(CloseWhenIdle.after(properties.idleSeconds()), CloseWhenIdle.INSTANCE)
                        .addLast(new Jt701FrameDecoder())
                        .addLast(new Handler());
            }
        };
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
            SealCredential seal = devices.identify(frame.deviceId()).orElse(null);
            if (seal == null) {
                refusals.refused("jt701", null, new Rejection("device", "unknown device " + frame.deviceId()));
                throw new Jt701Exception("unknown device " + frame.deviceId());
            }
            Instant now = clock.instant();
            MonitoringSettings s = monitors.settingsForSeal(seal.sealId());
            List<Reading> readings = new ArrayList<>(frame.records().size());
            for (int i = 0; i < frame.records().size(); i++) {
                // A record dated 2000-01-01 (no fix yet) is kept at its receive time, never acknowledged and dropped.
                readings.add(ReadingCheck.withUsableClock(
                        mapping.toReading(seal.sealId(), frame.records().get(i), now), s, seal.registeredAt(), i));
            }
            journal.append(readings).whenComplete((stored, error) -> {
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
