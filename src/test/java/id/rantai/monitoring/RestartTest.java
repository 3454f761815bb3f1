package id.rantai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.RantaiApplication;
import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.support.Api;
import id.rantai.support.EmbeddedPostgresDatabase;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.RulesSettled;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.TestClockConfiguration;
import id.rantai.support.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rantai is stopped in the middle of a trip and started again on the same database: nothing that
 * was acknowledged is lost, nothing is stored or alerted twice, a reading stored but not yet
 * evaluated when Rantai died is evaluated at the next start, and the signal-lost timer still fires
 * for a seal that went quiet while Rantai was down.
 */
class RestartTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void restartMidTripLosesNothingAndDuplicatesNothing(String database) throws Exception {
        Path dir = Files.createTempDirectory("rantai-restart");
        String url = databaseUrl(database, dir);
        List<String> sent = new ArrayList<>();
        String trip;
        String serial;
        String secret;
        World w;
        Instant stoppedAt;

        try (ConfigurableApplicationContext first = start(dir, url, database)) {
            MutableClock clock = first.getBean(MutableClock.class);
            Api api = new Api(port(first));
            w = new World(api);
            World.InstalledTrip installed = w.installedTrip("RST-" + w.suffix, clock.instant());
            trip = installed.trip();
            serial = installed.serial();
            secret = installed.secret();
            SimulatedSeal seal = new SimulatedSeal(api, clock, serial, secret)
                    .settleWith(RulesSettled.by(first.getBean(RuleEngine.class)));
            List<double[]> path = SimulatedSeal.along(MonitoringScenarios.ROUTE, 150);
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(30));
                String extra = i == 9 ? ",\"events\":[\"TAMPER\"]" : "";
                String reading = seal.reading(clock.instant(), path.get(i)[0], path.get(i)[1], extra);
                sent.add(reading);
                assertThat((String) seal.send(List.of(reading)).expect(200).json("$.results[0].status"))
                        .isEqualTo("STORED");
            }
            assertThat((String) api.get(w.company, "/api/v1/trips/" + trip).json("$.state"))
                    .isEqualTo("IN_TRANSIT");
            stoppedAt = clock.instant();
        }
        // As if Rantai had died between storing the last reading (the cut cable) and evaluating it:
        // the reading is on disk, the rules' mark is one commit behind, and no alert was written.
        try (var db = connect(url, database);
                var sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM alert WHERE trip_id = '" + trip + "'");
            sql.executeUpdate("UPDATE journal_mark SET commit_no = (SELECT MAX(commit_no) - 1 FROM telemetry_reading "
                    + "WHERE trip_id = '" + trip + "') WHERE name = 'EVALUATED'");
        }

        try (ConfigurableApplicationContext second = start(dir, url, database)) {
            MutableClock clock = second.getBean(MutableClock.class);
            clock.set(stoppedAt);
            Api api = new Api(port(second));
            // The reading stored but never evaluated was evaluated at start: its alert is there, once.
            assertThat((List<Integer>)
                            api.get(w.officer, "/api/v1/alerts?tripId=" + trip).json("$[*].occurrences"))
                    .containsExactly(1);
            // Everything acknowledged before the restart is there, once.
            Response track =
                    api.get(w.officer, "/api/v1/trips/" + trip + "/track").expect(200);
            assertThat((Integer) track.json("$.properties.points")).isEqualTo(10);
            RuleEngine rules = second.getBean(RuleEngine.class);
            SimulatedSeal seal = new SimulatedSeal(api, clock, serial, secret).settleWith(RulesSettled.by(rules));
            Response again = seal.send(sent).expect(200);
            assertThat((Integer) again.json("$.duplicates")).isEqualTo(10);
            assertThat((Integer) api.get(w.officer, "/api/v1/trips/" + trip + "/track")
                            .json("$.properties.points"))
                    .isEqualTo(10);
            // The open tamper alert was restored: a new tamper report updates it, no second alert.
            clock.advance(Duration.ofSeconds(30));
            seal.send(List.of(seal.reading(clock.instant(), -6.9530, 110.4080, ",\"events\":[\"TAMPER\"]")))
                    .expect(200);
            Response alerts =
                    api.get(w.officer, "/api/v1/alerts?tripId=" + trip).expect(200);
            assertThat((List<String>) alerts.json("$[*].type")).containsExactly("SEAL_TAMPERED");
            assertThat((List<Integer>) alerts.json("$[*].occurrences")).containsExactly(2);
            // The seal went quiet across the restart; the restored timer notices, once.
            clock.advance(Duration.ofMinutes(4));
            rules.tick();
            rules.tick();
            RulesSettled.await(rules);
            assertThat((List<String>)
                            api.get(w.officer, "/api/v1/alerts?tripId=" + trip).json("$[*].type"))
                    .containsExactlyInAnyOrder("SEAL_TAMPERED", "SIGNAL_LOST");
            assertThat((String) api.get(w.company, "/api/v1/trips/" + trip).json("$.state"))
                    .isEqualTo("IN_TRANSIT");
        }
    }

    /**
     * The rules raised an alert and ended it again (off the route and back), and Rantai died before
     * their mark recorded it: at the next start those readings are evaluated again, and the ended
     * alert is not raised a second time (as on a cluster's new owner of the seal).
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anAlertEndedBeforeACrashIsNotRaisedAgainWhenItsReadingsAreEvaluatedAgain(String database) throws Exception {
        Path dir = Files.createTempDirectory("rantai-restart");
        String url = databaseUrl(database, dir);
        String trip;
        World w;
        try (ConfigurableApplicationContext first = start(dir, url, database)) {
            MutableClock clock = first.getBean(MutableClock.class);
            Api api = new Api(port(first));
            w = new World(api);
            World.InstalledTrip installed = w.installedTrip("RST-" + w.suffix, clock.instant());
            trip = installed.trip();
            SimulatedSeal seal = new SimulatedSeal(api, clock, installed.serial(), installed.secret())
                    .settleWith(RulesSettled.by(first.getBean(RuleEngine.class)));
            List<double[]> path = SimulatedSeal.along(MonitoringScenarios.ROUTE, 150);
            for (int i = 0; i < 12; i++) {
                seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
            }
            seal.reportAt(path.get(12)[0] - 600 / 110_574.0, path.get(12)[1], "")
                    .expect(200);
            for (int i = 12; i < 15; i++) {
                seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
            }
            assertThat((List<String>)
                            api.get(w.officer, "/api/v1/alerts?tripId=" + trip).json("$[*].type"))
                    .containsExactly("CORRIDOR_EXIT");
            assertThat((List<?>) api.get(w.officer, "/api/v1/alerts?tripId=" + trip + "&status=OPEN")
                            .json("$"))
                    .isEmpty();
        }
        // The mark as if the rules had got only as far as the twelfth reading, before the detour.
        try (var db = connect(url, database);
                var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE journal_mark SET commit_no = (SELECT commit_no FROM telemetry_reading "
                    + "WHERE trip_id = '" + trip
                    + "' ORDER BY device_time LIMIT 1 OFFSET 11) WHERE name = 'EVALUATED'");
        }
        try (ConfigurableApplicationContext second = start(dir, url, database)) {
            Api api = new Api(port(second));
            assertThat((List<String>)
                            api.get(w.officer, "/api/v1/alerts?tripId=" + trip).json("$[*].type"))
                    .containsExactly("CORRIDOR_EXIT");
            assertThat((List<?>) api.get(w.officer, "/api/v1/alerts?tripId=" + trip + "&status=OPEN")
                            .json("$"))
                    .isEmpty();
        }
    }

    private static String databaseUrl(String database, Path dir) {
        return database.equals("h2")
                ? "jdbc:h2:file:" + dir.resolve("db/rantai") + ";WRITE_DELAY=0;RETENTION_TIME=0"
                : EmbeddedPostgresDatabase.newDatabaseUrl();
    }

    /** The database behind Rantai's back, to leave it as a crash would have. */
    private static java.sql.Connection connect(String url, String database) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                url, database.equals("h2") ? "sa" : "postgres", database.equals("h2") ? "" : "postgres");
    }

    private static ConfigurableApplicationContext start(Path dir, String url, String database) {
        List<String> props = new ArrayList<>(
                List.of("--rantai.data-dir=" + dir, "--spring.datasource.url=" + url, "--server.port=0"));
        if (database.equals("postgres")) {
            props.add("--spring.datasource.username=postgres");
            props.add("--spring.datasource.password=postgres");
        }
        return new SpringApplicationBuilder(RantaiApplication.class, TestClockConfiguration.class)
                .profiles("test")
                .run(props.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }
}
