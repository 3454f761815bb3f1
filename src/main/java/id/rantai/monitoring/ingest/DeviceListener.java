package id.rantai.monitoring.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;

/**
 * A device channel on its own TCP port, started and stopped with the application: before the
 * journal stops (it stops at a lower phase), so whatever a channel accepted is still written.
 */
public abstract class DeviceListener implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeviceListener.class);
    /** The idle timer's name in every device pipeline, for a channel that learns its timeout later (MQTT). */
    public static final String IDLE_TIMER = "idle";

    private final String name;
    private final int configuredPort;
    private final int threads;
    private final int idleSeconds;
    private NettyListener listener;
    private volatile int boundPort = -1;
    private IngestProperties limits = new IngestProperties(1000, 5000, 200000, 30, 200, 20000, "");
    private MeterRegistry meters = new SimpleMeterRegistry();
    private ConnectionGuard guard;
    private Counter deadlineClosed;

    /** A connection silent for {@code idleSeconds} is closed, so a dead device does not hold a socket for ever. */
    protected DeviceListener(String name, int configuredPort, int threads, int idleSeconds) {
        this.name = name;
        this.configuredPort = configuredPort;
        this.threads = threads;
        this.idleSeconds = idleSeconds;
    }

    /** The connection caps and the message deadline every device port enforces, and where they are counted. */
    @Autowired
    void limits(IngestProperties limits, MeterRegistry meters) {
        this.limits = limits;
        this.meters = meters;
    }

    /**
     * The channel's own handlers of one device connection, after the idle timer; {@code messageDecoded}
     * goes right after the protocol's decoder, so that a whole message stops the message deadline.
     */
    protected abstract void addHandlers(ChannelPipeline pipeline, ChannelHandler messageDecoded);

    private ChannelInitializer<SocketChannel> pipeline() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                MessageDeadline deadline = new MessageDeadline(limits.messageDeadlineSeconds(), deadlineClosed);
                ch.pipeline()
                        .addLast(guard)
                        .addLast(IDLE_TIMER, CloseWhenIdle.after(idleSeconds))
                        .addLast(CloseWhenIdle.INSTANCE)
                        .addLast(deadline.started);
                addHandlers(ch.pipeline(), deadline.completed);
            }
        };
    }

    /** The port actually listened on (useful when configured as 0), or -1 when off. */
    public int port() {
        return boundPort;
    }

    @Override
    public void start() {
        if (configuredPort < 0) {
            return;
        }
        guard = new ConnectionGuard(name, limits.maxConnectionsPerAddress(), limits.maxConnections(), meters);
        deadlineClosed = meters.counter("rantai.device.deadline.closed", "channel", name);
        listener = new NettyListener(limits.bindAddress(), configuredPort, threads, pipeline());
        boundPort = listener.port();
        log.info("{} channel listening on {}", name, listener.address());
    }

    @Override
    public void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
            boundPort = -1;
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
