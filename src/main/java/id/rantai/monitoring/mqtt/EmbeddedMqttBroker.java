package id.rantai.monitoring.mqtt;

import id.rantai.monitoring.ingest.DeviceAuthenticator;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
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
 * {@code …/commands}. Its message store is on disk, so QoS 1 messages not yet taken by Rantai
 * survive a restart.
 */
@Component
@ConditionalOnExpression("${rantai.monitoring.mqtt.enabled:true} and ${rantai.monitoring.mqtt.embedded:true}")
public class EmbeddedMqttBroker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    private final MqttProperties properties;
    private final DeviceAuthenticator devices;
    private final Path dataDir;
    private final InternalUser internal;
    private Server server;
    private volatile int port = -1;

    EmbeddedMqttBroker(MqttProperties properties, DeviceAuthenticator devices, InternalUser internal,
                       @Value("${rantai.data-dir}") Path dataDir) {
        this.properties = properties;
        this.devices = devices;
        this.internal = internal;
        this.dataDir = dataDir;
    }

    public int port() {
        return port;
    }

    @Override
    public void start() {
        port = properties.port() == 0 ? freePort() : properties.port();
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("host", "0.0.0.0");
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "true");
        p.setProperty("data_path", dataDir.resolve("mqtt").toAbsolutePath().toString());
        server = new Server();
        try {
            server.startServer(new MemoryConfig(p), List.of(), null, authenticator(), authorizator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Embedded MQTT broker listening on port {}", port);
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
