package id.rantai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.mqtt.MqttTopics;
import id.rantai.support.Api;
import id.rantai.support.Jt701Frames;
import id.rantai.support.MqttDevices;
import id.rantai.support.RantaiProcess;
import id.rantai.support.World;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;

/**
 * Rantai runs as its own process and is killed with SIGKILL right after acknowledging a seal's
 * messages (JT701 frames, MQTT QoS 1 publishes): started again on the same data directory, every
 * acknowledged reading is there.
 */
class KillTest {

    @Test
    void killedAfterAcknowledgingJt701FramesLosesNothing() throws Exception {
        Path dir = Files.createTempDirectory("rantai-kill");
        int http = freePort(), jt701 = freePort(), mqtt = freePort();
        String deviceId = String.valueOf(3_000_000_000L + new Random().nextInt(999_999_999));
        Process rantai = start(dir, http, jt701, mqtt);
        String trip;
        String officer;
        try {
            Api api = new Api(http);
            World w = new World(api);
            officer = w.officer;
            trip = w.installedTrip(deviceId, Instant.now().truncatedTo(ChronoUnit.SECONDS))
                    .trip();
            try (Socket seal = new Socket("localhost", jt701)) {
                seal.setSoTimeout(10_000);
                OutputStream out = seal.getOutputStream();
                InputStream in = seal.getInputStream();
                Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
                for (int i = 0; i < 20; i++) {
                    out.write(Jt701Frames.longFrame(
                            deviceId,
                            t.plusSeconds(10L * i),
                            -6.9460 - i * 0.0003,
                            110.4250 - i * 0.0006,
                            20,
                            0x00A0,
                            80,
                            i));
                    out.flush();
                    String ack = "(P69,0," + i + ")";
                    assertThat(new String(in.readNBytes(ack.length()), StandardCharsets.US_ASCII))
                            .isEqualTo(ack);
                }
                rantai.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            }
        } finally {
            rantai.destroyForcibly().waitFor();
        }
        assertTrackAfterRestart(dir, http, jt701, mqtt, officer, trip, 20);
    }

    @Test
    void killedAfterAcknowledgingMqttPublishesLosesNothing() throws Exception {
        Path dir = Files.createTempDirectory("rantai-kill");
        int http = freePort(), jt701 = freePort(), mqtt = freePort();
        String serial = "MQ-" + (100_000 + new Random().nextInt(899_999));
        Process rantai = start(dir, http, jt701, mqtt);
        String trip;
        String officer;
        try {
            Api api = new Api(http);
            World w = new World(api);
            officer = w.officer;
            World.InstalledTrip installed =
                    w.installedTrip(serial, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            trip = installed.trip();
            MqttClient seal = MqttDevices.connect(mqtt, serial, installed.secret());
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
            for (int i = 0; i < 20; i++) {
                String reading =
                        "{\"deviceTime\":\"" + t.plusSeconds(10L * i) + "\",\"latitude\":" + (-6.9460 - i * 0.0003)
                                + ",\"longitude\":" + (110.4250 - i * 0.0006) + ",\"sequence\":" + i + "}";
                // Returns once the PUBACK is in.
                seal.publish(MqttTopics.telemetry(serial), reading.getBytes(StandardCharsets.UTF_8), 1, false);
            }
            rantai.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            seal.disconnectForcibly(0, 1000, false); // the broker died with Rantai
            seal.close(true);
        } finally {
            rantai.destroyForcibly().waitFor();
        }
        assertTrackAfterRestart(dir, http, jt701, mqtt, officer, trip, 20);
    }

    /** Starts Rantai again on the same data directory and counts the trip's stored points. */
    private static void assertTrackAfterRestart(
            Path dir, int http, int jt701, int mqtt, String officer, String trip, int points) throws Exception {
        Process again = start(dir, http, jt701, mqtt);
        try {
            Api api = new Api(http);
            api.knows(officer, Api.PASSWORD);
            assertThat((Integer) api.get(officer, "/api/v1/trips/" + trip + "/track")
                            .expect(200)
                            .json("$.properties.points"))
                    .isEqualTo(points);
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    private static Process start(Path dir, int http, int jt701, int mqtt) throws Exception {
        return RantaiProcess.start(
                        dir,
                        http,
                        List.of(
                                "--rantai.monitoring.jt701.port=" + jt701,
                                "--rantai.monitoring.osmand.port=-1",
                                "--rantai.monitoring.mqtt.port=" + mqtt))
                .process();
    }

    private static int freePort() throws Exception {
        return RantaiProcess.freePort();
    }
}
