package id.rantai.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.MqttDevices;
import id.rantai.support.MutableClock;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fleet that runs its own MQTT broker ({@code rantai.monitoring.mqtt.embedded=false}): seals
 * publish to the broker, Rantai subscribes to it, stores their telemetry and sends their commands
 * through it — and opens no MQTT port of its own. A Moquette broker stands in for the fleet's.
 */
@ApiTest
class ExternalMqttBrokerTest {
    static final int BROKER_PORT = freePort();
    static final Server BROKER = start();

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry r) {
        r.add("rantai.monitoring.mqtt.embedded", () -> "false");
        r.add("rantai.monitoring.mqtt.url", () -> "tcp://localhost:" + BROKER_PORT);
        r.add("rantai.monitoring.mqtt.username", () -> "rantai");
        r.add("rantai.monitoring.mqtt.password", () -> "rantai-on-the-fleet-broker");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void telemetryThroughTheFleetsBrokerIsStoredAndCommandsGoOutThroughIt() throws Exception {
        assertThat(context.getBeansOfType(MqttDeviceEndpoint.class))
                .as("no MQTT port of Rantai's own")
                .isEmpty();
        Api api = new Api(port);
        World w = new World(api);
        World.InstalledTrip installed = w.installedTrip("EXT-" + w.suffix, clock.instant());
        SimulatedSeal seal = new SimulatedSeal(api, clock, installed.serial(), installed.secret());

        MqttClient device = MqttDevices.connect(BROKER_PORT, installed.serial(), installed.secret());
        var commands = new LinkedBlockingQueue<String>();
        device.subscribe(
                MqttTopics.commands(installed.serial()),
                1,
                (topic, message) -> commands.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
        clock.advance(Duration.ofSeconds(30));
        device.publish(
                MqttTopics.telemetry(installed.serial()),
                seal.reading(clock.instant(), -6.9461, 110.4249, "").getBytes(StandardCharsets.UTF_8),
                1,
                false);
        String track = "/api/v1/trips/" + installed.trip() + "/track";
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline
                && (Integer) api.get(w.officer, track).json("$.properties.points") < 1) {
            Thread.sleep(50);
        }
        assertThat((Integer) api.get(w.officer, track).json("$.properties.points"))
                .isEqualTo(1);

        String commandId = api.post(w.provider, "/api/v1/trips/" + installed.trip() + "/lock")
                .expect(202)
                .json("$.id");
        assertThat(commands.poll(10, TimeUnit.SECONDS)).contains(commandId, "LOCK");
        device.publish(
                MqttTopics.commandResults(installed.serial()),
                ("{\"commandId\":\"" + commandId + "\",\"success\":true}").getBytes(StandardCharsets.UTF_8),
                1,
                false);
        String status;
        deadline = System.currentTimeMillis() + 10_000;
        do {
            Thread.sleep(50);
            status = api.get(w.provider, "/api/v1/trips/" + installed.trip() + "/commands")
                    .json("$[?(@.id == '" + commandId + "')].status")
                    .toString();
        } while (!status.contains("SUCCEEDED") && System.currentTimeMillis() < deadline);
        assertThat(status).contains("SUCCEEDED");
        device.disconnect();
        device.close();
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stopServer();
    }

    private static Server start() {
        try {
            Properties p = new Properties();
            p.setProperty("port", Integer.toString(BROKER_PORT));
            p.setProperty("host", "127.0.0.1");
            p.setProperty("websocket_port", "disabled");
            p.setProperty("allow_anonymous", "true");
            p.setProperty("persistence_enabled", "false");
            p.setProperty("data_path", Files.createTempDirectory("fleet-broker").toString());
            p.setProperty("telemetry_enabled", "false");
            Server server = new Server();
            server.startServer(new MemoryConfig(p));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
