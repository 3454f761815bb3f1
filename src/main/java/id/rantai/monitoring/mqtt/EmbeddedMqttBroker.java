package id.rantai.monitoring.mqtt;

import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.NettyListener;
import id.rantai.monitoring.ingest.ReadingJournal;
import io.moquette.broker.MoquetteConnections;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The MQTT broker that starts with Rantai so that the first command needs nothing else. Seals log
 * in with their serial number and device secret and may only publish to their own
 * {@code rantai/seals/{serial}/telemetry} and {@code …/command-results}, and read their own
 * {@code …/commands}.
 *
 * <p>Moquette is the broker, but devices reach it through Rantai's own listener on the MQTT port:
 * its pipeline decodes MQTT, lets {@link SealTelemetryHandler} take telemetry (acknowledged only
 * after it is durably stored) and hands every other packet to Moquette's connection handler. Moquette
 * itself listens on a loopback port only, for Rantai's own client (commands and their results).
 */
@Component
@ConditionalOnExpression("${rantai.monitoring.mqtt.enabled:true} and ${rantai.monitoring.mqtt.embedded:true}")
public class EmbeddedMqttBroker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    private final MqttProperties properties;
    private final DeviceAuthenticator devices;
    private final Path dataDir;
    private final InternalUser internal;
    /** Large enough for a batch of a few hundred readings; a bigger packet closes the connection. */
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;
    /** Until the CONNECT's keep-alive applies, a connection that says nothing is closed after this. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final SealTelemetryHandler telemetry;
    private Server server;
    private NettyListener listener;
    private volatile int internalPort = -1;

    EmbeddedMqttBroker(
            MqttProperties properties,
            DeviceAuthenticator devices,
            InternalUser internal,
            TelemetryPayloads payloads,
            ReadingJournal journal,
            @Value("${rantai.data-dir}") Path dataDir) {
        this.properties = properties;
        this.devices = devices;
        this.internal = internal;
        this.dataDir = dataDir;
        this.telemetry = new SealTelemetryHandler(devices, payloads, journal);
    }

    /** The port devices connect to. */
    public int port() {
        return listener == null ? -1 : listener.port();
    }

    /** Moquette's own loopback port, for Rantai's client. */
    int internalPort() {
        return internalPort;
    }

    @Override
    public void start() {
        internalPort = freePort();
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(internalPort));
        p.setProperty("host", "127.0.0.1");
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "true");
        p.setProperty("data_path", dataDir.resolve("mqtt").toAbsolutePath().toString());
        p.setProperty("netty.mqtt.message_size", Integer.toString(MAX_MESSAGE_BYTES));
        p.setProperty("immediate_buffer_flush", "true");
        // Moquette reports usage to its authors unless told not to; a customs installation must not.
        p.setProperty("telemetry_enabled", "false");
        MemoryConfig config = new MemoryConfig(p);
        IAuthenticator authenticator = authenticator();
        server = new Server();
        try {
            server.startServer(config, List.of(), null, authenticator, authorizator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChannelHandler moquette = MoquetteConnections.handler(server, config, authenticator);
        listener = new NettyListener(properties.port(), 0, new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                // Names Moquette looks up when it applies the client's keep-alive.
                ch.pipeline()
                        .addLast("idleStateHandler", new IdleStateHandler(CONNECT_TIMEOUT_SECONDS, 0, 0))
                        .addLast("idleEventHandler", MoquetteConnections.idleTimeoutHandler())
                        .addLast("decoder", new MqttDecoder(MAX_MESSAGE_BYTES))
                        .addLast("encoder", MqttEncoder.INSTANCE)
                        .addLast("telemetry", telemetry)
                        .addLast("handler", moquette);
            }
        });
        log.info("Embedded MQTT broker listening on port {}", listener.port());
    }

    private IAuthenticator authenticator() {
        return (clientId, username, password) -> {
            if (username == null || password == null) {
                return false;
            }
            String secret = new String(password, StandardCharsets.UTF_8);
            if (username.equals(InternalUser.NAME)) {
                return MessageDigest.isEqual(password, internal.password().getBytes(StandardCharsets.UTF_8));
            }
            return devices.authenticate(username, secret).isPresent();
        };
    }

    private static IAuthorizatorPolicy authorizator() {
        return new IAuthorizatorPolicy() {
            @Override
            public boolean canWrite(Topic topic, String user, String client) {
                return InternalUser.NAME.equals(user)
                        || topic.toString().equals(MqttTopics.telemetry(user))
                        || topic.toString().equals(MqttTopics.commandResults(user));
            }

            @Override
            public boolean canRead(Topic topic, String user, String client) {
                return InternalUser.NAME.equals(user) || topic.toString().equals(MqttTopics.commands(user));
            }
        };
    }

    @Override
    public void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Before Rantai's own subscriber connects, after it has disconnected. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 60;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
