package id.rantai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.mqtt.MqttTopics;
import id.rantai.support.Api;
import id.rantai.support.EmbeddedPostgresDatabase;
import id.rantai.support.MqttDevices;
import id.rantai.support.RantaiProcess;
import id.rantai.support.Response;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Several Rantai instances ({@code rantai.cluster.mode=kafka}), each its own process, on one Kafka
 * broker (KRaft, in this JVM) and one PostgreSQL: a fleet whose seals report to the instances in
 * turn is judged exactly as one instance judges it; an instance killed with SIGKILL in the middle of
 * the trips loses no acknowledged reading, and the one left takes its seals over without a
 * duplicate or a false alarm; a viewer on one instance sees alerts raised on another; an unlock
 * asked on one instance reaches a seal connected to a third.
 */
class SeveralInstancesOnKafkaTest {
    private static final int SEALS = 6;
    private static final int TAMPER_AT = 10, HALFWAY = 14, DETOUR_AT = 30;

    @Test
    void instancesShareTheSealsAndOneTakesOverWhenAnotherIsKilled() throws Exception {
        Path dir = Files.createTempDirectory("rantai-cluster");
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        String database = EmbeddedPostgresDatabase.newDatabaseUrl();
        List<RantaiProcess> instances = new ArrayList<>();
        try {
            RantaiProcess a = start(dir, "a", kafka, database, instances);
            RantaiProcess b = start(dir, "b", kafka, database, instances);
            Api apiA = new Api(a.http), apiB = new Api(b.http);
            World w = new World(apiA);
            for (String user : List.of(w.officer, w.company)) {
                apiB.knows(user, Api.PASSWORD);
            }
            List<double[]> path = SimulatedSeal.along(MonitoringScenarios.ROUTE, 150);
            assertThat(path.size()).isGreaterThan(DETOUR_AT + 10);
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30L * (path.size() + 2));
            List<World.InstalledTrip> trips = new ArrayList<>();
            for (int k = 0; k < SEALS; k++) {
                trips.add(w.installedTrip("CL-" + k + "-" + w.suffix, start));
            }
            BlockingQueue<String> viewerA = subscribe(apiA, w.officer), viewerB = subscribe(apiB, w.officer);
            await(
                    "both live streams open",
                    () -> viewerA.stream().anyMatch(l -> l.contains("hello"))
                            && viewerB.stream().anyMatch(l -> l.contains("hello")));

            // Every seal reports to A and B in turn (a device behind a load balancer), one reading every
            // tenth of a second; B is killed while they do, and its seals' next readings go to A.
            CountDownLatch halfway = new CountDownLatch(SEALS);
            ExecutorService fleet = Executors.newFixedThreadPool(SEALS);
            List<Future<Integer>> acknowledged = new ArrayList<>();
            for (World.InstalledTrip trip : trips) {
                acknowledged.add(fleet.submit(() -> {
                    List<String> readings = drive(path, start);
                    for (int i = 0; i < readings.size(); i++) {
                        report(i % 2 == 0 ? apiA : apiB, apiA, trip, readings.get(i));
                        if (i == HALFWAY) {
                            halfway.countDown();
                        }
                        sleep(100);
                    }
                    return readings.size();
                }));
            }
            assertThat(halfway.await(120, TimeUnit.SECONDS)).isTrue();
            // The cut cables were seen by whichever instance owns each seal, and reached both viewers.
            for (World.InstalledTrip trip : trips) {
                await(
                        "the tamper alert of " + trip.serial(),
                        () -> alertTypes(apiA, w, trip).contains("SEAL_TAMPERED"));
                for (BlockingQueue<String> viewer : List.of(viewerA, viewerB)) {
                    await(
                            "the tamper alert of " + trip.serial() + " on both streams",
                            () -> viewer.stream()
                                    .anyMatch(l -> l.contains("SEAL_TAMPERED") && l.contains(trip.trip())));
                }
            }
            // Positions, too, whichever instance stored them.
            for (World.InstalledTrip trip : trips) {
                for (BlockingQueue<String> viewer : List.of(viewerA, viewerB)) {
                    await(
                            "a position of " + trip.serial() + " on both streams",
                            () -> viewer.stream()
                                    .anyMatch(l -> l.contains(trip.trip()) && l.contains("\"lockState\"")));
                }
            }
            b.kill(); // SIGKILL in the middle of the trips: readings acknowledged, some not yet stored or evaluated
            for (Future<Integer> f : acknowledged) {
                assertThat(f.get(180, TimeUnit.SECONDS)).isEqualTo(path.size() + 1);
            }
            fleet.shutdown();

            // A took B's seals over: every trip arrived, every acknowledged reading is stored once, and
            // each trip has exactly the alerts one instance raises for this drive — no SIGNAL_LOST.
            for (World.InstalledTrip trip : trips) {
                await(
                        "the arrival of " + trip.serial(),
                        () -> "ARRIVED"
                                .equals(apiA.get(w.officer, "/api/v1/trips/" + trip.trip())
                                        .json("$.state")));
                assertThat(storedReadings(database, trip.trip())).isEqualTo(path.size() + 1);
                assertThat(alertTypes(apiA, w, trip))
                        .as("alerts of %s", trip.serial())
                        .containsExactlyInAnyOrder("CORRIDOR_EXIT", "SEAL_TAMPERED");
                Response alerts = apiA.get(w.officer, "/api/v1/alerts?tripId=" + trip.trip());
                assertThat((List<Integer>) alerts.json("$[?(@.type == 'SEAL_TAMPERED')].occurrences"))
                        .containsExactly(2);
                assertThat((List<String>) apiA.get(w.officer, "/api/v1/alerts?tripId=" + trip.trip() + "&status=OPEN")
                                .json("$[*].type"))
                        .containsExactly("SEAL_TAMPERED");
            }

            // A third instance joins and holds a seal's MQTT connection; an unlock asked on A reaches it.
            int mqtt = RantaiProcess.freePort();
            start(dir, "c", kafka, database, instances, mqtt);
            World.InstalledTrip first = trips.get(0);
            MqttClient seal = MqttDevices.connect(mqtt, first.serial(), first.secret());
            BlockingQueue<String> commands = new LinkedBlockingQueue<>();
            seal.subscribe(
                    MqttTopics.commands(first.serial()),
                    1,
                    (topic, message) -> commands.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            String commandId = apiA.post(w.company, "/api/v1/trips/" + first.trip() + "/unlock", "{}")
                    .expect(202)
                    .json("$.id");
            String command = commands.poll(20, TimeUnit.SECONDS);
            assertThat(command).contains(commandId, "UNLOCK");
            seal.publish(
                    "rantai/seals/" + first.serial() + "/command-results",
                    ("{\"commandId\":\"" + commandId + "\",\"success\":true,\"detail\":\"unlocked\"}")
                            .getBytes(StandardCharsets.UTF_8),
                    1,
                    false);
            await(
                    "the unlock's result on A",
                    () -> apiA.get(w.company, "/api/v1/trips/" + first.trip() + "/commands")
                            .json("$[?(@.id == '" + commandId + "')].status")
                            .toString()
                            .contains("SUCCEEDED"));
            seal.disconnect();
            seal.close();
            for (World.InstalledTrip trip : trips) {
                assertThat(alertTypes(apiA, w, trip)).doesNotContain("SIGNAL_LOST");
            }
        } finally {
            for (RantaiProcess p : instances) {
                p.kill();
            }
            kafka.destroy();
        }
    }

    /** One seal's readings: the route, a fix 600 m off it, a cut cable reported twice; one every 30 s. */
    private static List<String> drive(List<double[]> path, Instant start) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            double lat = path.get(i)[0], lon = path.get(i)[1];
            if (i == DETOUR_AT) {
                out.add(reading(start, out.size(), lat - 600 / 110_574.0, lon, ""));
            }
            String extra = i == TAMPER_AT || i == TAMPER_AT + 1 ? ",\"events\":[\"TAMPER\"]" : "";
            out.add(reading(start, out.size(), lat, lon, extra));
        }
        return out;
    }

    private static String reading(Instant start, int k, double lat, double lon, String extra) {
        return String.format(
                Locale.ROOT,
                "{\"deviceTime\":\"%s\",\"sequence\":%d,\"latitude\":%.7f,\"longitude\":%.7f,"
                        + "\"accuracy\":8,\"speedKmh\":18,\"heading\":250,\"battery\":90,\"lockState\":\"LOCKED\"%s}",
                start.plusSeconds(30L * k),
                k,
                lat,
                lon,
                extra);
    }

    /**
     * Sends one reading as a seal would: to the instance the balancer chose, and when that one does
     * not answer (it was killed), again to the other, until one acknowledges it.
     */
    private static void report(Api api, Api other, World.InstalledTrip trip, String reading) {
        String auth = Base64.getEncoder()
                .encodeToString((trip.serial() + ":" + trip.secret()).getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; ; attempt++) {
            Api to = attempt == 1 ? api : other;
            try {
                Response r = to.send(HttpRequest.newBuilder(URI.create(to.base() + "/api/v1/telemetry"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + auth)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"readings\":[" + reading + "]}")));
                if (r.status() == 200) {
                    return;
                }
                if (attempt == 20) {
                    throw new AssertionError("Reading refused: " + r.status() + " " + r.text());
                }
            } catch (UncheckedIOException down) {
                if (attempt == 20) {
                    throw down;
                }
            }
            sleep(attempt == 1 ? 0 : 500); // a device waits and sends again
        }
    }

    private static List<String> alertTypes(Api api, World w, World.InstalledTrip trip) {
        return api.get(w.officer, "/api/v1/alerts?tripId=" + trip.trip())
                .expect(200)
                .json("$[*].type");
    }

    private static int storedReadings(String database, String trip) throws Exception {
        try (Connection c = DriverManager.getConnection(database, "postgres", "postgres");
                PreparedStatement s =
                        c.prepareStatement("SELECT count(*) FROM telemetry_reading WHERE trip_id = CAST(? AS uuid)")) {
            s.setString(1, trip);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static RantaiProcess start(
            Path dir, String name, EmbeddedKafkaKraftBroker kafka, String database, List<RantaiProcess> instances)
            throws Exception {
        return start(dir, name, kafka, database, instances, RantaiProcess.freePort());
    }

    private static RantaiProcess start(
            Path dir,
            String name,
            EmbeddedKafkaKraftBroker kafka,
            String database,
            List<RantaiProcess> instances,
            int mqtt)
            throws Exception {
        Path own = Files.createDirectories(dir.resolve(name));
        RantaiProcess p = RantaiProcess.start(
                own,
                RantaiProcess.freePort(),
                List.of(
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--rantai.cluster.mode=kafka",
                        "--rantai.cluster.instance-id=" + name,
                        "--rantai.cluster.readings.partitions=6",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        // A dead instance's seals move after 6 s instead of Kafka's 45.
                        "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                        "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
                        "--rantai.monitoring.osmand.port=-1",
                        "--rantai.monitoring.jt701.port=-1",
                        "--rantai.monitoring.mqtt.port=" + mqtt,
                        "--logging.level.id.rantai.monitoring.cluster=INFO"));
        instances.add(p);
        return p;
    }

    private static BlockingQueue<String> subscribe(Api api, String user) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/live"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + Api.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        return lines;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Waited a minute for " + what);
            }
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
