package id.rantai.monitoring.ingest;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** A connection silent for {@code idleSeconds} is closed, so a dead device does not hold a socket for ever. */
    protected DeviceListener(String name, int configuredPort, int threads, int idleSeconds) {
        this.name = name;
        this.configuredPort = configuredPort;
        this.threads = threads;
        this.idleSeconds = idleSeconds;
    }

    /** The channel's own handlers of one device connection, after the idle timer. */
    protected abstract void addHandlers(ChannelPipeline pipeline);

    private ChannelInitializer<SocketChannel> pipeline() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline()
                        .addLast(IDLE_TIMER, CloseWhenIdle.after(idleSeconds))
                        .addLast(CloseWhenIdle.INSTANCE);
                addHandlers(ch.pipeline());
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
        listener = new NettyListener(configuredPort, threads, pipeline());
        boundPort = listener.port();
        log.info("{} channel listening on port {}", name, boundPort);
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
