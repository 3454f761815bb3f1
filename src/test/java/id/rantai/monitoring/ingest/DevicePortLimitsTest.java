package id.rantai.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.jt701.Jt701Server;
import id.rantai.monitoring.mqtt.MqttDeviceEndpoint;
import id.rantai.monitoring.osmand.OsmAndServer;
import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.World;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Every device port holds against slow and greedy clients: a message trickled a byte at a time is
 * cut off at its deadline however steadily it comes, and one address cannot hold more than its share
 * of connections — while a real seal keeps reporting.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "rantai.monitoring.ingest.message-deadline-seconds=2",
            "rantai.monitoring.ingest.max-connections-per-address=6"
        })
class DevicePortLimitsTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OsmAndServer osmand;

    @Autowired
    Jt701Server jt701;

    @Autowired
    MqttDeviceEndpoint mqtt;

    @Autowired
    MeterRegistry meters;

    @Test
    void aMessageTrickledAByteAtATimeIsCutOffAtItsDeadlineOnEveryPortWhileASealReports() throws Exception {
        Api api = new Api(port);
        World.InstalledTrip trip = new World(api).installedTrip("SLOW-" + System.nanoTime() % 100000, clock.instant());
        for (int devicePort : List.of(osmand.port(), jt701.port(), mqtt.port())) {
            try (Socket slow = new Socket("localhost", devicePort)) {
                slow.setSoTimeout(200);
                OutputStream out = slow.getOutputStream();
                InputStream in = slow.getInputStream();
                long start = System.nanoTime();
                boolean closed = false;
                // One byte every 200 ms: the idle timer alone would never fire.
                byte[] trickle = partialMessage(devicePort).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 40 && !closed; i++) {
                    try {
                        out.write(trickle[i % trickle.length]);
                        out.flush();
                        closed = in.read() == -1;
                    } catch (SocketTimeoutException stillOpen) {
                        // nothing answered yet: keep trickling
                    } catch (IOException reset) {
                        closed = true;
                    }
                    if (i == 5) {
                        // Meanwhile the real seal's report is answered at once.
                        assertThat(report(api, trip).status()).isEqualTo(200);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(closed)
                        .as("port %d closed the trickling connection", devicePort)
                        .isTrue();
                assertThat(seconds).as("port %d", devicePort).isBetween(1.5, 6.0);
            }
        }
        assertThat(meters.counter("rantai.device.deadline.closed", "channel", "OsmAnd")
                        .count())
                .isPositive();
        assertThat(meters.counter("rantai.device.deadline.closed", "channel", "JT701")
                        .count())
                .isPositive();
        assertThat(meters.counter("rantai.device.deadline.closed", "channel", "MQTT")
                        .count())
                .isPositive();
    }

    @Test
    void oneAddressHoldsNoMoreThanItsShareOfConnections() throws Exception {
        Api api = new Api(port);
        World.InstalledTrip trip = new World(api).installedTrip("FLOOD-" + System.nanoTime() % 100000, clock.instant());
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                flood.add(new Socket("localhost", osmand.port()));
            }
            // The sixth (the seal's own report) still fits; the seventh is closed at the door.
            assertThat(report(api, trip).status()).isEqualTo(200);
            flood.add(new Socket("localhost", osmand.port()));
            Thread.sleep(200);
            try (Socket refused = new Socket("localhost", osmand.port())) {
                refused.setSoTimeout(2000);
                int read;
                try {
                    read = refused.getInputStream().read();
                } catch (IOException reset) {
                    read = -1;
                }
                assertThat(read).as("the connection over the cap is closed").isEqualTo(-1);
            }
            assertThat(meters.counter("rantai.device.connections.refused", "channel", "OsmAnd", "reason", "per-address")
                            .count())
                    .isPositive();
        } finally {
            for (Socket s : flood) {
                s.close();
            }
        }
        Thread.sleep(300);
        assertThat(report(api, trip).status()).isEqualTo(200);
    }

    /** The start of a message the port would accept, never finished. */
    private String partialMessage(int devicePort) {
        if (devicePort == osmand.port()) {
            return "GET /?id=nobody&lat=-6.95&lon=110.42&timestamp=1 HTTP/1.1\r\nHost: x\r\nX-Pad: ";
        }
        return devicePort == jt701.port() ? "(0000000000,P01,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" : "\u0010\u007f";
    }

    private Response report(Api api, World.InstalledTrip trip) {
        return api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(String.format(
                Locale.ROOT,
                "http://localhost:%d/?id=%s&secret=%s&timestamp=%d&lat=-6.9460&lon=110.4250",
                osmand.port(),
                trip.serial(),
                trip.secret(),
                clock.instant().getEpochSecond()))));
    }
}
