package id.rantai.monitoring.jt701;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.RantaiApplication;
import id.rantai.support.Api;
import id.rantai.support.Jt701Frames;
import id.rantai.support.MutableClock;
import id.rantai.support.TestClockConfiguration;
import id.rantai.support.World;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A JT701 seal's acknowledged frames survive Rantai going down, and a flood of garbage on other
 * connections neither crashes the server nor stalls an honest seal.
 */
class Jt701DurabilityTest {

    @Test
    void acknowledgedFramesSurviveARestartAndGarbageFloodsStallNobody() throws Exception {
        Path dir = Files.createTempDirectory("rantai-jt701");
        String url = "jdbc:h2:file:" + dir.resolve("db/rantai") + ";WRITE_DELAY=0;RETENTION_TIME=0";
        String deviceId = String.valueOf(2_000_000_000L + new Random().nextInt(999_999_999));
        String trip;
        String officer;
        Instant stoppedAt;
        try (ConfigurableApplicationContext first = start(dir, url)) {
            MutableClock clock = first.getBean(MutableClock.class);
            Api api = new Api(port(first));
            World w = new World(api);
            officer = w.officer;
            trip = w.installedTrip(deviceId, clock.instant()).trip();
            int jt701 = first.getBean(Jt701Server.class).port();

            // Twenty connections pour garbage in while the seal reports; each garbage connection is closed.
            ExecutorService flood = Executors.newFixedThreadPool(20);
            List<Future<Boolean>> closed = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                closed.add(flood.submit(() -> {
                    try (Socket s = new Socket("localhost", jt701)) {
                        s.setSoTimeout(10_000);
                        byte[] junk = new byte[64 * 1024];
                        new Random(n).nextBytes(junk);
                        junk[0] = (byte) (n % 2 == 0 ? 0x24 : 0x28); // look like a frame, then be nonsense
                        try {
                            s.getOutputStream().write(junk);
                        } catch (java.io.IOException reset) {
                            return true; // closed on us mid-write: refused, as it should be
                        }
                        return s.getInputStream().read() == -1;
                    }
                }));
            }
            try (Socket seal = new Socket("localhost", jt701)) {
                seal.setSoTimeout(10_000);
                OutputStream out = seal.getOutputStream();
                InputStream in = seal.getInputStream();
                for (int i = 0; i < 10; i++) {
                    clock.advance(Duration.ofSeconds(30));
                    out.write(Jt701Frames.longFrame(
                            deviceId, clock.instant(), -6.9460 - i * 0.0005, 110.4250 - i * 0.001, 20, 0x00A0, 80, i));
                    out.flush();
                    String ack = "(P69,0," + i + ")";
                    assertThat(new String(in.readNBytes(ack.length()), StandardCharsets.US_ASCII))
                            .isEqualTo(ack);
                }
            }
            for (Future<Boolean> f : closed) {
                assertThat(f.get(20, TimeUnit.SECONDS))
                        .as("a garbage connection is closed")
                        .isTrue();
            }
            flood.shutdown();
            stoppedAt = clock.instant();
        }
        try (ConfigurableApplicationContext second = start(dir, url)) {
            second.getBean(MutableClock.class).set(stoppedAt);
            Api api = new Api(port(second));
            assertThat((Integer) api.get(officer, "/api/v1/trips/" + trip + "/track")
                            .expect(200)
                            .json("$.properties.points"))
                    .isEqualTo(10);
        }
    }

    private static ConfigurableApplicationContext start(Path dir, String url) {
        return new SpringApplicationBuilder(RantaiApplication.class, TestClockConfiguration.class)
                .profiles("test")
                .run("--rantai.data-dir=" + dir, "--spring.datasource.url=" + url, "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }
}
