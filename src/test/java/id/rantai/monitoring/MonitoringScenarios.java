package id.rantai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.monitoring.osmand.OsmAndServer;
import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.notification.internal.MailOutbox;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.RulesSettled;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A simulated seal drives along a real-looking route and off it, through a tunnel, with jitter at
 * the corridor edge and a shuffled backlog, a cut cable, an unauthorised unlock, and arrival —
 * over the real telemetry endpoint. Run on H2 and on PostgreSQL.
 */
abstract class MonitoringScenarios {
    static final Smtp SMTP = Smtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        SMTP.register(r);
    }

    static final double[][] ROUTE = {
        {110.4250, -6.9460}, {110.4100, -6.9520}, {110.3900, -6.9600}, {110.3750, -6.9650}, {110.3600, -6.9700}
    };

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RuleEngine rules;

    @Autowired
    OsmAndServer osmand;

    @Autowired
    id.rantai.monitoring.jt701.Jt701Server jt701;

    @Autowired
    id.rantai.monitoring.mqtt.MqttDeviceEndpoint broker;

    @Autowired
    id.rantai.monitoring.command.SealCommands commands;

    @Autowired
    MailOutbox outbox;

    @Autowired
    id.rantai.monitoring.ingest.ReadingJournal journal;

    @Autowired
    id.rantai.monitoring.retention.ReadingRetention retention;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    World w;
    String trip;
    SimulatedSeal seal;

    @BeforeEach
    void installedTrip() {
        api = new Api(port);
        w = new World(api);
        // Planned to leave now and take 90 minutes, whatever the shared test clock says.
        World.InstalledTrip installed = w.installedTrip("SIM-" + w.suffix, clock.instant());
        trip = installed.trip();
        seal = new SimulatedSeal(api, clock, installed.serial(), installed.secret()).settleWith(RulesSettled.by(rules));
    }

    @Test
    void aCriticalAlertIsMailedToTheOfficeAndTheCompanyAndADeviceAlertToTheProvider() throws Exception {
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        seal.reportAt(path.get(0)[0], path.get(0)[1], ",\"events\":[\"TAMPER\"]")
                .expect(200);
        seal.reportAt(path.get(1)[0], path.get(1)[1], ",\"events\":[\"TAMPER\"]")
                .expect(200);
        List<jakarta.mail.internet.MimeMessage> toOfficer = mailTo(w.officer);
        assertThat(toOfficer).as("one mail per alert, not per repeat").hasSize(1);
        // Indonesian first, English below, words instead of codes.
        assertThat(Smtp.subject(toOfficer.get(0)))
                .startsWith("[Kritis] Segel dirusak (kabel terpotong) — perjalanan ES-")
                .contains(" / [Critical] Seal tampered with (cable cut) — trip ES-");
        String body = Smtp.body(toOfficer.get(0));
        assertThat(body)
                .contains("Segel: SIM-" + w.suffix, "Waktu segel: ", " WIB", "Posisi: ", "— In English —", "Seal: SIM-")
                .doesNotContain("SEAL_TAMPERED", "CRITICAL");
        assertThat(body.indexOf("Posisi: ")).isLessThan(body.indexOf("Position: "));
        assertThat(mailTo(w.company)).hasSize(1);
        assertThat(SMTP.to(World.email(w.provider)))
                .as("a tampered seal is not the provider's device fault")
                .isEmpty();
        assertThat(SMTP.to(World.email(w.officer2))).as("another office").isEmpty();

        seal.reportAt(path.get(2)[0], path.get(2)[1], ",\"events\":[\"LOW_BATTERY\"]")
                .expect(200);
        List<jakarta.mail.internet.MimeMessage> toProvider = mailTo(w.provider);
        assertThat(toProvider).hasSize(1);
        assertThat(Smtp.subject(toProvider.get(0))).startsWith("[Peringatan] Baterai lemah");
        assertThat(SMTP.to(World.email(w.officer))).hasSize(1);
    }

    /** The outbox emptied until mail to the user arrives (rules run just after the reading is stored). */
    private List<jakarta.mail.internet.MimeMessage> mailTo(String user) throws InterruptedException {
        RulesSettled.await(rules);
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            outbox.dispatch();
            List<jakarta.mail.internet.MimeMessage> mail = SMTP.to(World.email(user));
            if (!mail.isEmpty() || System.currentTimeMillis() > deadline) {
                return mail;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void sealIsWatchedFromPortToWarehouseAndEveryRuleFiresOnlyWhenItShould() {
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        int i = 0;
        // Leaving the port: two fixes outside the origin fence move the trip to IN_TRANSIT.
        for (; i < 12; i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        }
        assertThat(state()).isEqualTo("IN_TRANSIT");

        // GPS jitter at the corridor edge: one fix 20 m outside the 250 m half-width, then back.
        seal.reportAt(path.get(i)[0] + metresNorth(270), path.get(i)[1], "").expect(200);
        i++;
        seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        i++;
        assertThat(alerts()).isEmpty();

        // A tunnel: nothing for four minutes; the timer, not a reading, finds the signal lost.
        clock.advance(Duration.ofMinutes(4));
        rules.tick();
        assertThat(openAlerts()).containsExactly("SIGNAL_LOST");
        // Out of the tunnel the seal sends its backlog, shuffled; it is evaluated in device-time order.
        Instant gapStart = clock.instant().minus(Duration.ofMinutes(4));
        List<String> backlog = new ArrayList<>();
        for (int k = 0; k < 6; k++, i++) {
            backlog.add(seal.reading(gapStart.plusSeconds(30L * (k + 1)), path.get(i)[0], path.get(i)[1], ""));
        }
        Collections.shuffle(backlog, new Random(7));
        Response r = seal.send(backlog).expect(200);
        assertThat((Integer) r.json("$.stored")).isEqualTo(6);
        assertThat(openAlerts()).isEmpty();
        assertThat(alertTypes()).containsExactly("SIGNAL_LOST");

        // The same backlog again: stored once.
        assertThat((Integer) seal.send(backlog).expect(200).json("$.duplicates"))
                .isEqualTo(6);

        // Off the route: 600 m south is clearly outside at once; two fixes back inside end it.
        seal.reportAt(path.get(i)[0] - metresNorth(600), path.get(i)[1], "").expect(200);
        assertThat(openAlerts()).containsExactly("CORRIDOR_EXIT");
        seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        i++;
        seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        i++;
        assertThat(openAlerts()).isEmpty();

        // A cut cable and an unlock by an unknown card on the road: both critical.
        seal.reportAt(path.get(i)[0], path.get(i)[1], ",\"events\":[\"TAMPER\"]")
                .expect(200);
        i++;
        seal.reportAt(
                        path.get(i)[0],
                        path.get(i)[1],
                        ",\"events\":[\"UNLOCKED\"],\"unlockMethod\":\"RFID\",\"rfidCard\":\"CARD-666\"")
                .expect(200);
        i++;
        assertThat(openAlerts()).containsExactlyInAnyOrder("SEAL_TAMPERED", "UNAUTHORISED_UNLOCK");
        Response critical = api.get(w.officer, "/api/v1/alerts?tripId=" + trip + "&status=OPEN")
                .expect(200);
        assertThat((List<String>) critical.json("$[*].severity")).containsOnly("CRITICAL");
        // Repeats update the open alert instead of opening another.
        seal.reportAt(path.get(i)[0], path.get(i)[1], ",\"events\":[\"TAMPER\"]")
                .expect(200);
        i++;
        assertThat(openAlerts()).containsExactlyInAnyOrder("SEAL_TAMPERED", "UNAUTHORISED_UNLOCK");

        // On to the warehouse: arrival moves the trip to ARRIVED and starts the removal norm.
        for (; i < path.size(); i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        }
        assertThat(state()).isEqualTo("ARRIVED");
        assertThat(api.get(w.company, "/api/v1/trips/" + trip + "/norms").text())
                .contains("\"REMOVAL\"");
        assertThat(alertTypes()).doesNotContain("IMPLAUSIBLE_SPEED", "UNPLANNED_STOP", "ETA_OVERRUN", "LOW_BATTERY");

        // The track, full and simplified, and the latest position.
        Response track = api.get(w.officer, "/api/v1/trips/" + trip + "/track").expect(200);
        assertThat((Integer) track.json("$.properties.points"))
                .isEqualTo(path.size() + 1); // every point once, the off-route fix besides
        Response simplified = api.get(w.officer, "/api/v1/trips/" + trip + "/track?toleranceMeters=50")
                .expect(200);
        assertThat((Integer) simplified.json("$.properties.simplifiedPoints")).isLessThan(path.size() / 2);
        assertThat(api.get(w.company, "/api/v1/positions").expect(200).text()).contains(trip);
        assertThat(api.get(w.company2, "/api/v1/positions").expect(200).text()).doesNotContain(trip);
        api.get(w.company2, "/api/v1/trips/" + trip + "/track").expectProblem(404);
        assertThat(api.get(
                                w.provider,
                                "/api/v1/seals/"
                                        + api.get(w.company, "/api/v1/trips/" + trip)
                                                .json("$.sealId"))
                        .expect(200)
                        .text())
                .contains("\"batteryPercent\":90");
    }

    /**
     * A monitor that never heard of its trip (in a cluster: a lifecycle instruction that did not reach
     * Kafka) is found by the periodic reconcile, built from the database, and judges the next
     * reading; until then nothing watched the trip.
     */
    @Test
    void aTripNobodyWatchesIsWatchedAgainByTheReconcile() {
        seal.reportAt(-6.9460, 110.4250, "").expect(200);
        rules.handOver(s -> true, Duration.ofSeconds(10)); // every monitor gone, as if never built
        seal.reportAt(-6.9460, 110.4250, ",\"events\":[\"TAMPER\"]").expect(200);
        assertThat(alerts()).isEmpty();
        rules.reconcile(rules.evaluatedThrough());
        seal.reportAt(-6.9460, 110.4250, ",\"events\":[\"TAMPER\"]").expect(200);
        assertThat(openAlerts()).containsExactly("SEAL_TAMPERED");
    }

    @Test
    void alertsAreFollowedUpByCustomsAndTheProviderOnly() {
        seal.reportAt(-6.9460, 110.4250, ",\"events\":[\"FORCED_OPEN\"]").expect(200);
        String alert =
                api.get(w.officer, "/api/v1/alerts?tripId=" + trip).expect(200).json("$[0].id");
        api.post(w.company, "/api/v1/alerts/" + alert + "/acknowledge", "{}").expectProblem(403);
        api.get(w.company2, "/api/v1/alerts/" + alert).expectProblem(404);
        api.get(w.officer2, "/api/v1/alerts/" + alert).expectProblem(404);
        // Two officers read the alert; a follow-up naming a version it has moved on from is refused (412).
        String read = api.get(w.officer, "/api/v1/alerts/" + alert).expect(200).header("ETag");
        assertThat(read).matches("\"\\d+\"");
        api.send(api.request(w.officer, "/api/v1/alerts/" + alert + "/acknowledge")
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"999\"")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")))
                .expectProblem(412);
        assertThat((String) api.post(
                                w.officer, "/api/v1/alerts/" + alert + "/acknowledge", "{\"note\":\"unit dispatched\"}")
                        .expect(200)
                        .json("$.status"))
                .isEqualTo("ACKNOWLEDGED");
        api.post(w.officer, "/api/v1/alerts/" + alert + "/acknowledge", "{}").expectProblem(409);
        // A breach of the seal is customs' to resolve, and only with a note saying what was found.
        api.post(w.provider, "/api/v1/alerts/" + alert + "/resolve", "{\"note\":\"seal replaced\"}")
                .expectProblem(403);
        api.post(w.officer, "/api/v1/alerts/" + alert + "/resolve", "{}").expectProblem(400, "note");
        Response resolved = api.post(w.officer, "/api/v1/alerts/" + alert + "/resolve", "{\"note\":\"seal replaced\"}")
                .expect(200);
        assertThat((String) resolved.json("$.resolvedBy")).isEqualTo(w.officer);
        assertThat(api.get(w.company, "/api/v1/alerts?tripId=" + trip)
                        .expect(200)
                        .text())
                .contains("seal replaced");
    }

    @Test
    void badReadingsAreRefusedOneByOneWithoutPoisoningTheBatch() {
        Instant now = clock.instant();
        Response r = seal.send(List.of(
                        seal.reading(now, -6.9460, 110.4250, ""),
                        seal.reading(now.plus(Duration.ofHours(1)), -6.9460, 110.4250, ""),
                        seal.reading(now.minusSeconds(5), 95, 110.4250, ""),
                        seal.reading(now.minusSeconds(10), -6.9460, 110.4250, ",\"seal\":\"SOMEONE-ELSE\""),
                        seal.reading(now.minusSeconds(15), -6.9460, 110.4250, ",\"events\":[\"EXPLODED\"]"),
                        "{\"deviceTime\":\"yesterday\"}",
                        "{\"deviceTime\":\"" + now.minusSeconds(20) + "\",\"latitude\":\"south\",\"longitude\":110.4}",
                        seal.reading(now.minusSeconds(25), -6.9461, 110.4251, "")))
                .expect(200);
        // A clock an hour ahead cannot be right: stored at its receive time, with the field named as a warning.
        assertThat((List<String>) r.json("$.results[*].status"))
                .containsExactly(
                        "STORED", "STORED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "STORED");
        assertThat((List<String>) r.json("$.results[*].field"))
                .containsExactly(null, "deviceTime", "latitude", "seal", "events", "deviceTime", "latitude", null);
        assertThat((String) r.json("$.results[1].message")).contains("stored at its receive time");
        assertThat((Integer) r.json("$.stored")).isEqualTo(3);
        assertThat((Integer) r.json("$.rejected")).isEqualTo(5);
        // The provider sees what its seal sent that Rantai could not use, per reason.
        String problems = api.get(w.provider, "/api/v1/device-health/seals")
                .expect(200)
                .json("$[?(@.serialNumber == '" + seal.serial + "')].readingProblems")
                .toString();
        assertThat(problems)
                .contains(
                        "\"reason\":\"latitude\",\"refused\":2",
                        "\"reason\":\"seal\"",
                        "\"reason\":\"events\"",
                        "\"reason\":\"deviceClock\",\"refused\":1");

        seal.post("{\"readings\":[]}", seal.serial + ":wrong-secret").expectProblem(401);
        seal.post("{\"readings\":[]}", "NO-SUCH-SEAL:" + seal.secret).expectProblem(401);
        api.anonymous("/api/v1/telemetry").expect(405);
        List<String> many = new ArrayList<>();
        for (int k = 0; k < 1001; k++) {
            many.add("{}");
        }
        seal.send(many).expectProblem(413, "readings");
        seal.post("{\"readings\":{}}", seal.serial + ":" + seal.secret).expectProblem(400, "readings");
        seal.post("not json", seal.serial + ":" + seal.secret).expectProblem(400, "body");
    }

    @Test
    void aPhoneRunningTraccarClientStandsInForASealOverOsmAnd() {
        String base = "http://localhost:" + osmand.port() + "/?id=" + seal.serial + "&secret=" + seal.secret;
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofSeconds(30));
            Response r = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + String.format(
                            java.util.Locale.ROOT,
                            "&timestamp=%d&lat=%.6f&lon=%.6f&speed=9.7&bearing=250&altitude=3&accuracy=6&batt=87",
                            clock.instant().getEpochSecond(),
                            path.get(i)[0],
                            path.get(i)[1]))));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        assertThat(state()).isEqualTo("IN_TRANSIT");
        // The form-encoded POST variant, with Traccar's tampering alarm.
        clock.advance(Duration.ofSeconds(30));
        Response posted = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + osmand.port() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id=" + seal.serial + "&secret=" + seal.secret
                        + "&timestamp=" + clock.instant().getEpochSecond() + "&lat=" + path.get(12)[0] + "&lon="
                        + path.get(12)[1]
                        + "&alarm=tampering")));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        assertThat(openAlerts()).containsExactly("SEAL_TAMPERED");
        // Traccar Client 9 and later post their JSON; the secret rides in the server URL set in the app.
        clock.advance(Duration.ofSeconds(30));
        Response json = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + osmand.port() + "/?secret=" + seal.secret))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        """
                        {"location":{"timestamp":"%s","coords":{"latitude":%s,"longitude":%s,"accuracy":8,"speed":5,
                          "heading":250,"altitude":3},"is_moving":true,"event":"motionchange",
                          "battery":{"level":0.86,"is_charging":false},"activity":{"type":"in_vehicle"},"extras":{}},
                         "device_id":"%s"}""".formatted(clock.instant(), path.get(13)[0], path.get(13)[1], seal.serial))));
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        Response track = api.get(w.officer, "/api/v1/trips/" + trip + "/track").expect(200);
        assertThat((Integer) track.json("$.properties.points")).isEqualTo(14);
        Response notJson = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + osmand.port() + "/?id=" + seal.serial + "&secret=" + seal.secret))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"location\":")));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text()).startsWith("body is not JSON");

        assertThat(osmandGet("?id=" + seal.serial + "&secret=wrong&lat=-6.9&lon=110.4")
                        .status())
                .isEqualTo(401);
        assertThat(osmandGet("?id=UNKNOWN&secret=" + seal.secret + "&lat=-6.9&lon=110.4")
                        .status())
                .isEqualTo(401);
        Response bad = osmandGet("?id=" + seal.serial + "&secret=" + seal.secret + "&lat=95&lon=110.4");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).startsWith("lat");
        assertThat(osmandGet("?id=" + seal.serial + "&secret=" + seal.secret + "&lat=-6.9&lon=abc")
                        .status())
                .isEqualTo(400);
        // A clock two hours ahead cannot be right: the report is kept at its receive time, not refused.
        assertThat(osmandGet("?id=" + seal.serial + "&secret=" + seal.secret + "&lat=-6.9&lon=110.4&timestamp="
                                + clock.instant().plus(Duration.ofHours(2)).getEpochSecond())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void officesTuneTheirOwnThresholds() {
        String path = "/api/v1/offices/" + w.officeId + "/monitoring-settings";
        assertThat((Integer) api.get(w.officer, path).expect(200).json("$.corridorExitReadings"))
                .isEqualTo(3);
        Response saved = api.put(w.officer, path, "{\"corridorExitReadings\":1,\"reportingInterval\":\"PT30S\"}")
                .expect(200);
        assertThat((Integer) saved.json("$.corridorExitReadings")).isEqualTo(1);
        assertThat((String) saved.json("$.reportingInterval")).isEqualTo("PT30S");
        assertThat((Integer) saved.json("$.geofenceReadings")).isEqualTo(2);
        assertThat((String) api.get(w.officer, path).json("$.reportingInterval"))
                .isEqualTo("PT30S");
        api.put(w.officer, path, "{\"corridorExitReadings\":\"many\"}").expectProblem(400, "corridorExitReadings");
        api.put(w.officer, path, "{\"corridorExitReadings\":1.5}").expectProblem(400, "corridorExitReadings");
        api.put(w.officer, path, "{\"reportingInterval\":\"soon\"}").expectProblem(400, "reportingInterval");
        api.put(w.officer, path, "{\"volume\":11}").expectProblem(400, "volume");
        api.put(w.officer2, path, "{\"corridorExitReadings\":2}").expectProblem(404);
        api.put(w.company, path, "{\"corridorExitReadings\":2}").expectProblem(404);
        api.get(w.provider, path).expectProblem(404);

        // Every channel holds a seal's readings to its trip's office settings: a clock ten minutes
        // ahead is believed where the office allows twenty, and replaced by the receive time where
        // the default five apply (this test's first trip was installed before the change).
        api.put(w.officer, path, "{\"maxFutureSkew\":\"PT20M\"}").expect(200);
        World.InstalledTrip later = w.installedTrip("SKEW-" + w.suffix, clock.instant());
        SimulatedSeal tolerant = new SimulatedSeal(api, clock, later.serial(), later.secret());
        Instant ahead = clock.instant().plus(Duration.ofMinutes(10));
        assertThat((Object) tolerant.send(List.of(tolerant.reading(ahead, -6.9460, 110.4250, "")))
                        .expect(200)
                        .json("$.results[0].field"))
                .isNull();
        assertThat((String) seal.send(List.of(seal.reading(ahead, -6.9460, 110.4250, "")))
                        .expect(200)
                        .json("$.results[0].field"))
                .isEqualTo("deviceTime");
    }

    @Test
    void unlockAtTheDestinationNeedsAnAuthorisedCard() {
        String path = "/api/v1/trips/" + trip + "/unlock-authorisation";
        api.put(w.provider, path, "{\"rfidCards\":[\"CARD-1\"]}").expectProblem(403);
        api.put(w.company2, path, "{\"rfidCards\":[\"CARD-1\"]}").expectProblem(404);
        // The cards are the few the destination's staff hold: thousands are refused, not stored.
        String many = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "\"CARD-" + i + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        api.put(w.company, path, "{\"rfidCards\":[" + many + "]}").expectProblem(400, "rfidCards");
        assertThat((List<String>) api.put(w.company, path, "{\"methods\":[\"APP\"],\"rfidCards\":[\"CARD-1\"]}")
                        .expect(200)
                        .json("$.rfidCards"))
                .containsExactly("CARD-1");
        double[] end = ROUTE[ROUTE.length - 1];
        seal.reportAt(end[1], end[0], ",\"events\":[\"UNLOCKED\"],\"unlockMethod\":\"RFID\",\"rfidCard\":\"CARD-1\"")
                .expect(200);
        seal.reportAt(end[1], end[0], ",\"events\":[\"OPENED\"]").expect(200);
        assertThat(alertTypes()).isEmpty();
        seal.reportAt(end[1], end[0], ",\"events\":[\"UNLOCKED\"],\"unlockMethod\":\"RFID\",\"rfidCard\":\"CARD-9\"")
                .expect(200);
        assertThat(openAlerts()).containsExactly("UNAUTHORISED_UNLOCK");
    }

    @Test
    void theLiveStreamShowsPositionsAndAlertsToThoseWhoMaySeeThem() throws Exception {
        var officerLines = subscribe(w.officer);
        var strangerLines = subscribe(w.company2);
        assertThat(officerLines.poll(5, java.util.concurrent.TimeUnit.SECONDS)).contains("hello");
        assertThat(strangerLines.poll(5, java.util.concurrent.TimeUnit.SECONDS)).contains("hello");
        seal.reportAt(-6.9460, 110.4250, ",\"events\":[\"TAMPER\"]").expect(200);
        List<String> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 5000;
        // Until the alert's data line has come: the position may come before or after it.
        while (System.currentTimeMillis() < deadline
                && !(String.join("\n", seen).contains("SEAL_TAMPERED")
                        && String.join("\n", seen).contains("event:position"))) {
            String line = officerLines.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line.replace(" ", ""));
            }
        }
        String stream = String.join("\n", seen);
        assertThat(stream).contains("event:position", "event:alert", trip, "SEAL_TAMPERED");

        // Trip changes and disruption reports stream too: the seal leaves its origin, someone reports a fault.
        api.post(w.company, "/api/v1/disruptions", """
                {"tripId":"%s","category":"SEAL_DEVICE","description":"Segel berbunyi terus"}""".formatted(trip)).expect(201);
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        for (int i = 0; i < 12; i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        }
        deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline
                && !(String.join("\n", seen).contains("\"to\":\"IN_TRANSIT\"")
                        && String.join("\n", seen).contains("SEAL_DEVICE"))) {
            String line = officerLines.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line.replace(" ", ""));
            }
        }
        stream = String.join("\n", seen);
        assertThat(stream).contains("event:disruption", "SEAL_DEVICE", "event:trip", "\"to\":\"IN_TRANSIT\"");
        Thread.sleep(300);
        List<String> strangerSaw = new ArrayList<>();
        strangerLines.drainTo(strangerSaw);
        assertThat(String.join("\n", strangerSaw)).doesNotContain(trip);
    }

    java.util.concurrent.BlockingQueue<String> subscribe(String user) {
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        java.net.http.HttpClient.newHttpClient()
                .sendAsync(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/v1/live"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((user + ":" + Api.PASSWORD)
                                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .header("Accept", "text/event-stream")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        return lines;
    }

    @Test
    void aJt701SealReportsOverTcpAndIsAcknowledgedOnlyAfterStoring() throws Exception {
        // A second seal on a second trip, with a numeric serial as JT701 devices have.
        String deviceId = String.valueOf(1_000_000_000L + new Random().nextInt(999_999_999));
        String trip2 = w.installedTrip(deviceId, clock.instant()).trip();

        try (var socket = new java.net.Socket("localhost", jt701.port())) {
            socket.setSoTimeout(5000);
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            clock.advance(Duration.ofSeconds(30));
            // Locked, acknowledgement required: answered (P69,0,42) once stored.
            out.write(id.rantai.support.Jt701Frames.longFrame(
                    deviceId, clock.instant(), -6.9460, 110.4250, 0, 0x00A0, 87, 42));
            out.flush();
            assertThat(new String(in.readNBytes("(P69,0,42)".length()), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,42)");
            assertThat((Integer) api.get(w.officer, "/api/v1/trips/" + trip2 + "/track")
                            .json("$.properties.points"))
                    .isEqualTo(1);
            // The cable is cut: a critical tamper alert. Two frames in one write: the decoder splits them.
            clock.advance(Duration.ofSeconds(30));
            byte[] cut = id.rantai.support.Jt701Frames.longFrame(
                    deviceId, clock.instant(), -6.9461, 110.4249, 0, 0x00A8, 86, 43);
            clock.advance(Duration.ofSeconds(30));
            byte[] next = id.rantai.support.Jt701Frames.longFrame(
                    deviceId, clock.instant(), -6.9462, 110.4248, 0, 0x00A0, 86, 44);
            byte[] both = java.util.Arrays.copyOf(cut, cut.length + next.length);
            System.arraycopy(next, 0, both, cut.length, next.length);
            out.write(both);
            out.flush();
            assertThat(new String(in.readNBytes(20), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,43)(P69,0,44)");
            RulesSettled.await(rules);
            List<String> types =
                    api.get(w.officer, "/api/v1/alerts?tripId=" + trip2).json("$[*].type");
            assertThat(types).containsExactly("SEAL_TAMPERED");
        }
        // Garbage closes that connection only; the server still takes new ones.
        try (var bad = new java.net.Socket("localhost", jt701.port())) {
            bad.setSoTimeout(5000);
            bad.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(bad.getInputStream().read()).isEqualTo(-1);
        }
        try (var huge = new java.net.Socket("localhost", jt701.port())) {
            huge.setSoTimeout(5000);
            huge.getOutputStream().write(java.util.HexFormat.of().parseHex("24123456789019107FFF"));
            assertThat(huge.getInputStream().read()).isEqualTo(-1);
        }
        try (var again = new java.net.Socket("localhost", jt701.port())) {
            again.setSoTimeout(5000);
            clock.advance(Duration.ofSeconds(30));
            again.getOutputStream()
                    .write(id.rantai.support.Jt701Frames.longFrame(
                            deviceId, clock.instant(), -6.9463, 110.4247, 0, 0x00A0, 86, 45));
            assertThat(new String(again.getInputStream().readNBytes(10), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,45)");
        }
    }

    @Test
    void aProvidersTraccarServerForwardsPositions() {
        Response created = api.post(w.provider, "/api/v1/forwarders", "{\"name\":\"traccar.provider.example\"}")
                .expect(201);
        String token = created.json("$.token");
        String forwarderId = created.json("$.forwarder.id");
        api.post(w.company, "/api/v1/forwarders", "{\"name\":\"x\"}").expectProblem(403);
        String otherToken = api.post(w.provider2, "/api/v1/forwarders", "{\"name\":\"other\"}")
                .expect(201)
                .json("$.token");

        clock.advance(Duration.ofSeconds(30));
        String body = traccarPosition(seal.serial, clock.instant(), -6.9461, 110.4249, "tampering");
        assertThat((String) forward(token, body).expect(200).json("$.status")).isEqualTo("STORED");
        assertThat((String) forward(token, body).expect(200).json("$.status")).isEqualTo("DUPLICATE");
        assertThat(openAlerts()).containsExactly("SEAL_TAMPERED");
        assertThat((Integer)
                        api.get(w.officer, "/api/v1/trips/" + trip + "/track").json("$.properties.points"))
                .isEqualTo(1);

        forward("wrong-token", body).expectProblem(401);
        forward(otherToken, body).expectProblem(400, "device.uniqueId");
        forward(token, traccarPosition("NO-SUCH-SEAL", clock.instant(), -6.9, 110.4, ""))
                .expectProblem(400, "device.uniqueId");
        forward(token, traccarPosition(seal.serial, clock.instant(), 95, 110.4, ""))
                .expectProblem(400, "position.latitude");
        // A device clock an hour ahead is not refused: the position is kept at its receive time.
        clock.advance(Duration.ofSeconds(1));
        assertThat((String) forward(
                                token,
                                traccarPosition(
                                        seal.serial, clock.instant().plus(Duration.ofHours(1)), -6.9461, 110.4249, ""))
                        .expect(200)
                        .json("$.status"))
                .isEqualTo("STORED");
        api.post(w.provider, "/api/v1/forwarders/" + forwarderId + "/revoke").expect(200);
        forward(token, body).expectProblem(401);
    }

    @Test
    void providersSeeDeviceHealthOfflineSealsAndAvailability() throws Exception {
        Instant installed = Instant.parse(
                api.get(w.company, "/api/v1/trips/" + trip + "/history").json("$[4].at"));
        seal.reportAt(-6.9460, 110.4250, "").expect(200);
        Response states = api.get(w.provider, "/api/v1/device-health/seals").expect(200);
        assertThat((List<Boolean>) states.json("$[?(@.serialNumber == '" + seal.serial + "')].online"))
                .containsExactly(true);
        assertThat(api.get(w.provider, "/api/v1/device-health/offline")
                        .expect(200)
                        .text())
                .doesNotContain(seal.serial);

        clock.advance(Duration.ofMinutes(4));
        rules.tick();
        RulesSettled.await(rules);
        assertThat(api.get(w.provider, "/api/v1/device-health/offline")
                        .expect(200)
                        .text())
                .contains(seal.serial);
        clock.advance(Duration.ofMinutes(2));
        Instant lostFrom = clock.instant().minus(Duration.ofMinutes(2));
        seal.reportAt(-6.9461, 110.4251, "").expect(200); // +30 s: the signal is back, the alert resolved now
        Instant now = clock.instant();

        Response availability = api.get(
                        w.provider,
                        "/api/v1/device-health/availability?from=" + installed.minus(Duration.ofHours(1)) + "&to="
                                + now.plus(Duration.ofHours(1)))
                .expect(200);
        String path = "$[?(@.serialNumber == '" + seal.serial + "')]";
        long onTrip = Duration.between(installed, now).toSeconds();
        long lost = Duration.between(lostFrom, now).toSeconds();
        assertThat((List<Integer>) availability.json(path + ".onTripSeconds")).containsExactly((int) onTrip);
        assertThat((List<Integer>) availability.json(path + ".reachableSeconds"))
                .containsExactly((int) (onTrip - lost));
        assertThat((List<Integer>) availability.json(path + ".signalLosses")).containsExactly(1);
        String period = "?from=" + installed.minus(Duration.ofHours(1)) + "&to=" + now.plus(Duration.ofHours(1));
        byte[] pdf = api.get(w.provider, "/api/v1/device-health/availability.pdf" + period)
                .expect(200)
                .body();
        assertThat(id.rantai.support.Pdfs.text(pdf))
                .contains("LAPORAN KETERSEDIAAN PERANGKAT E-SEAL", seal.serial, "Halaman 1 dari ");
        id.rantai.support.Pdfs.assertPdfA2b(pdf);
        id.rantai.support.Pdfs.picture(pdf, "availability-report");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(api.get(w.provider, "/api/v1/device-health/availability.xlsx" + period)
                        .expect(200)
                        .body()))) {
            var row = workbook.getFirstSheet().read().stream()
                    .filter(r -> seal.serial.equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCell(4).asNumber()).isEqualByComparingTo("1"); // signal losses
        }
        api.get(w.company, "/api/v1/device-health/seals").expectProblem(403);
        api.get(w.provider, "/api/v1/device-health/availability?from=" + now + "&to=" + now)
                .expectProblem(400, "to");
    }

    @Test
    void aSealReportsOverMqttWithItsOwnCredentials() throws Exception {
        String url = "tcp://localhost:" + broker.port();
        var device = id.rantai.support.MqttDevices.connect(broker.port(), seal.serial, seal.secret);
        clock.advance(Duration.ofSeconds(30));
        device.publish(
                id.rantai.monitoring.mqtt.MqttTopics.telemetry(seal.serial),
                seal.reading(clock.instant(), -6.9461, 110.4249, ",\"events\":[\"TAMPER\"]")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                1,
                false);
        clock.advance(Duration.ofSeconds(30));
        device.publish(
                id.rantai.monitoring.mqtt.MqttTopics.telemetry(seal.serial),
                ("{\"readings\":[" + seal.reading(clock.instant(), -6.9462, 110.4248, "") + "]}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                1,
                false);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline
                && (Integer) api.get(w.officer, "/api/v1/trips/" + trip + "/track")
                                .json("$.properties.points")
                        < 2) {
            Thread.sleep(50);
        }
        assertThat((Integer)
                        api.get(w.officer, "/api/v1/trips/" + trip + "/track").json("$.properties.points"))
                .isEqualTo(2);
        assertThat(openAlerts()).containsExactly("SEAL_TAMPERED");
        // Another seal's topic is not this seal's to write: nothing is stored for it.
        device.setTimeToWait(2000);
        clock.advance(Duration.ofSeconds(30));
        try {
            device.publish(
                    id.rantai.monitoring.mqtt.MqttTopics.telemetry(seal.serial + "-OTHER"),
                    seal.reading(clock.instant(), -6.9463, 110.4247, "")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    1,
                    false);
        } catch (org.eclipse.paho.client.mqttv3.MqttException refused) {
            // The broker neither acknowledges nor routes it.
        }
        assertThat((Integer)
                        api.get(w.officer, "/api/v1/trips/" + trip + "/track").json("$.properties.points"))
                .isEqualTo(2);
        if (device.isConnected()) {
            device.disconnect();
        }
        device.close();

        var intruder = new org.eclipse.paho.client.mqttv3.MqttClient(
                url, "intruder-" + w.suffix, new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
        var wrong = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
        wrong.setUserName(seal.serial);
        wrong.setPassword("not-the-secret".toCharArray());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intruder.connect(wrong))
                .isInstanceOf(org.eclipse.paho.client.mqttv3.MqttException.class);
        intruder.close();
    }

    @Test
    void overMqttASealStaysOnItsOwnTopicsAndExactlyOnceIsStoredOnce() throws Exception {
        var device = id.rantai.support.MqttDevices.connect(broker.port(), seal.serial, seal.secret);
        var other =
                device.subscribeWithResponse(id.rantai.monitoring.mqtt.MqttTopics.commands(seal.serial + "-OTHER"), 1);
        assertThat(other.getGrantedQos())
                .as("another seal's commands are refused in the SUBACK")
                .containsExactly(0x80);
        var own = device.subscribeWithResponse(id.rantai.monitoring.mqtt.MqttTopics.commands(seal.serial), 2);
        assertThat(own.getGrantedQos()).as("commands go out at QoS 1 at most").containsExactly(1);

        clock.advance(Duration.ofSeconds(30));
        device.publish(
                id.rantai.monitoring.mqtt.MqttTopics.telemetry(seal.serial),
                seal.reading(clock.instant(), -6.9461, 110.4249, "").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                2,
                false);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && points() < 1) {
            Thread.sleep(50);
        }
        assertThat(points())
                .as("a QoS 2 publish, acknowledged through PUBCOMP, is stored once")
                .isEqualTo(1);
        device.disconnect();
        device.close();

        // A second connection of the same seal replaces the first, as MQTT requires.
        var first = id.rantai.support.MqttDevices.connect(broker.port(), seal.serial, seal.secret);
        var second = id.rantai.support.MqttDevices.connect(broker.port(), seal.serial, seal.secret);
        deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline && first.isConnected()) {
            Thread.sleep(50);
        }
        assertThat(first.isConnected()).isFalse();
        assertThat(second.isConnected()).isTrue();
        second.disconnect();
        second.close();
        first.close();
    }

    /** A connection that speaks before it logs in is closed without an answer. */
    @Test
    void theMqttEndpointClosesAConnectionThatDoesNotLogInFirst() throws Exception {
        try (var socket = new java.net.Socket("localhost", broker.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(new byte[] {(byte) 0xC0, 0x00}); // PINGREQ before CONNECT
            socket.getOutputStream().flush();
            assertThat(socket.getInputStream().read()).as("closed, no PINGRESP").isEqualTo(-1);
        }
    }

    private int points() {
        return (Integer) api.get(w.officer, "/api/v1/trips/" + trip + "/track").json("$.properties.points");
    }

    /**
     * A small fleet at once: five seals, each on its own trip and each speaking another channel —
     * JSON batch, OsmAnd, JT701 over TCP, MQTT, Traccar forwarding — drive from the port to the
     * warehouse concurrently.
     * Every trip arrives and none raises an alert.
     */
    @Test
    void aMixedFleetDrivesConcurrentlyThroughEveryChannel() throws Exception {
        record Rig(String trip, String serial, String secret) {}
        List<Rig> rigs = new ArrayList<>();
        rigs.add(new Rig(trip, seal.serial, seal.secret));
        for (int k = 0; k < 4; k++) {
            String serial = k == 1
                    ? String.valueOf(4_000_000_000L + new Random().nextInt(999_999_999))
                    : "FLEET-" + k + "-" + w.suffix;
            World.InstalledTrip installed = w.installedTrip(serial, clock.instant());
            rigs.add(new Rig(installed.trip(), serial, installed.secret()));
        }
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        // Four channels share one simulated clock, so each seal replays its drive from the recent past.
        Instant start = clock.instant().minusSeconds(30L * path.size());
        String forwarderToken = api.post(w.provider, "/api/v1/forwarders", "{\"name\":\"fleet\"}")
                .expect(201)
                .json("$.token");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        // JSON batch
        runs.add(pool.submit(() -> {
            SimulatedSeal s = new SimulatedSeal(
                    api, clock, rigs.get(0).serial(), rigs.get(0).secret());
            for (int i = 0; i < path.size(); i++) {
                s.send(List.of(s.reading(start.plusSeconds(30L * i), path.get(i)[0], path.get(i)[1], "")))
                        .expect(200);
            }
            return null;
        }));
        // OsmAnd
        runs.add(pool.submit(() -> {
            for (int i = 0; i < path.size(); i++) {
                Response r = osmandGet(String.format(
                        java.util.Locale.ROOT,
                        "?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f&speed=9",
                        rigs.get(1).serial(),
                        rigs.get(1).secret(),
                        start.plusSeconds(30L * i).getEpochSecond(),
                        path.get(i)[0],
                        path.get(i)[1]));
                assertThat(r.status()).isEqualTo(200);
            }
            return null;
        }));
        // JT701
        runs.add(pool.submit(() -> {
            try (var socket = new java.net.Socket("localhost", jt701.port())) {
                socket.setSoTimeout(10_000);
                for (int i = 0; i < path.size(); i++) {
                    socket.getOutputStream()
                            .write(id.rantai.support.Jt701Frames.longFrame(
                                    rigs.get(2).serial(),
                                    start.plusSeconds(30L * i),
                                    path.get(i)[0],
                                    path.get(i)[1],
                                    18,
                                    0x00A0,
                                    80,
                                    i % 200));
                    String ack = "(P69,0," + (i % 200) + ")";
                    assertThat(new String(
                                    socket.getInputStream().readNBytes(ack.length()),
                                    java.nio.charset.StandardCharsets.US_ASCII))
                            .isEqualTo(ack);
                }
            }
            return null;
        }));
        // MQTT
        runs.add(pool.submit(() -> {
            var device = id.rantai.support.MqttDevices.connect(
                    broker.port(), rigs.get(3).serial(), rigs.get(3).secret());
            SimulatedSeal s = new SimulatedSeal(
                    api, clock, rigs.get(3).serial(), rigs.get(3).secret());
            for (int i = 0; i < path.size(); i++) {
                device.publish(
                        id.rantai.monitoring.mqtt.MqttTopics.telemetry(
                                rigs.get(3).serial()),
                        s.reading(start.plusSeconds(30L * i), path.get(i)[0], path.get(i)[1], "")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        1,
                        false);
            }
            device.disconnect();
            device.close();
            return null;
        }));
        // Traccar forwarding
        runs.add(pool.submit(() -> {
            for (int i = 0; i < path.size(); i++) {
                forward(
                                forwarderToken,
                                traccarPosition(
                                        rigs.get(4).serial(),
                                        start.plusSeconds(30L * i),
                                        path.get(i)[0],
                                        path.get(i)[1],
                                        ""))
                        .expect(200);
            }
            return null;
        }));
        for (var run : runs) {
            run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        long deadline = System.currentTimeMillis() + 10_000;
        for (Rig rig : rigs) {
            String state;
            do {
                state = api.get(w.company, "/api/v1/trips/" + rig.trip()).json("$.state");
            } while (!state.equals("ARRIVED") && System.currentTimeMillis() < deadline && sleep(50));
            assertThat(state).as("trip of %s", rig.serial()).isEqualTo("ARRIVED");
            assertThat((List<?>) api.get(w.officer, "/api/v1/alerts?tripId=" + rig.trip())
                            .json("$"))
                    .as("alerts of %s", rig.serial())
                    .isEmpty();
        }
    }

    @Test
    void remoteUnlockIsAllowedOnlyAtTheDestinationOrByACustomsOverride() throws Exception {
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        for (int i = 0; i < 20; i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        }
        String unlock = "/api/v1/trips/" + trip + "/unlock";
        // On the road: the carrier's staff are refused, and that raises an alert and an audit entry.
        Response refused = api.post(w.company, unlock, "{}").expectProblem(409);
        assertThat((String) refused.json("$.detail")).contains("Dalam perjalanan");
        assertThat(openAlerts()).containsExactly("UNLOCK_REFUSED");
        assertThat(api.get(w.officer, "/api/v1/trips/" + trip + "/audit").text())
                .contains("UNLOCK_REFUSED");
        assertThat((String) api.post(w.officer, unlock, "{}").expectProblem(409).json("$.detail"))
                .contains("overrideReason");
        api.post(w.provider, unlock, "{}").expectProblem(403);
        api.post(w.company2, unlock, "{}").expectProblem(404);
        // A customs override, with its reason on record; the seal's remote unlock then raises nothing.
        Response overridden = api.post(w.officer, unlock, "{\"overrideReason\":\"pemeriksaan jalur merah\"}")
                .expect(202);
        assertThat((String) overridden.json("$.overrideReason")).isEqualTo("pemeriksaan jalur merah");
        assertThat(api.get(w.officer, "/api/v1/trips/" + trip + "/audit").text())
                .contains("customs override: pemeriksaan jalur merah");
        seal.reportAt(path.get(20)[0], path.get(20)[1], ",\"events\":[\"UNLOCKED\"],\"unlockMethod\":\"REMOTE\"")
                .expect(200);
        assertThat(openAlerts()).containsExactly("UNLOCK_REFUSED");

        // At the warehouse: the carrier's staff may unlock; the command goes to the seal over MQTT.
        for (int i = 21; i < path.size(); i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], "").expect(200);
        }
        assertThat(state()).isEqualTo("ARRIVED");
        var device = id.rantai.support.MqttDevices.connect(broker.port(), seal.serial, seal.secret);
        var received = new java.util.concurrent.LinkedBlockingQueue<String>();
        device.subscribe(
                id.rantai.monitoring.mqtt.MqttTopics.commands(seal.serial),
                1,
                (topic, message) ->
                        received.add(new String(message.getPayload(), java.nio.charset.StandardCharsets.UTF_8)));
        Response sent = api.post(w.company, unlock, "{}").expect(202);
        String commandId = sent.json("$.id");
        String command = received.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(command).contains(commandId, "UNLOCK");
        device.publish(
                "rantai/seals/" + seal.serial + "/command-results",
                ("{\"commandId\":\"" + commandId + "\",\"success\":true,\"detail\":\"unlocked\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                1,
                false);
        long deadline = System.currentTimeMillis() + 5000;
        String status;
        do {
            status = api.get(w.company, "/api/v1/trips/" + trip + "/commands")
                    .json("$[?(@.id == '" + commandId + "')].status")
                    .toString();
        } while (!status.contains("SUCCEEDED") && System.currentTimeMillis() < deadline && sleep(50));
        assertThat(status).contains("SUCCEEDED");
        device.disconnect();
        device.close();

        // A command nobody answers is reported when its time is up.
        Response locking =
                api.post(w.provider, "/api/v1/trips/" + trip + "/lock").expect(202);
        String lockId = locking.json("$.id");
        assertThat(locking.header("Location")).isEqualTo("/api/v1/trips/" + trip + "/commands/" + lockId);
        assertThat((String) api.get(w.company, locking.header("Location"))
                        .expect(200)
                        .json("$.kind"))
                .isEqualTo("LOCK");
        api.get(w.company2, locking.header("Location")).expectProblem(404);
        clock.advance(Duration.ofMinutes(3));
        commands.timeouts();
        assertThat(api.get(w.company, "/api/v1/trips/" + trip + "/commands")
                        .json("$[?(@.id == '" + lockId + "')].status")
                        .toString())
                .contains("TIMED_OUT");
        assertThat(openAlerts()).contains("COMMAND_TIMEOUT");
    }

    /**
     * A JT701 without a GPS fix dates its records 2000-01-01. Such a record is stored at its receive
     * time and acknowledged, its cut cable raises the alert, and its seal gets a last contact; a frame
     * Rantai cannot store is not acknowledged, so the seal keeps it and sends it again.
     */
    @Test
    void aJt701RecordWithoutAFixDatedTheYear2000IsStoredAndItsCutCableAlerts() throws Exception {
        String deviceId = String.valueOf(1_000_000_000L + new Random().nextInt(999_999_999));
        String trip2 = w.installedTrip(deviceId, clock.instant()).trip();
        Instant noFixDate = Instant.parse("2000-01-01T00:00:00Z");
        try (var socket = new java.net.Socket("localhost", jt701.port())) {
            socket.setSoTimeout(5000);
            clock.advance(Duration.ofSeconds(30));
            socket.getOutputStream()
                    .write(id.rantai.support.Jt701Frames.longFrame(deviceId, noFixDate, 0, 0, 0, 0x00A8, 85, 7, false));
            assertThat(new String(socket.getInputStream().readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,7)");
            RulesSettled.await(rules);
            List<String> types =
                    api.get(w.officer, "/api/v1/alerts?tripId=" + trip2).json("$[*].type");
            assertThat(types).containsExactly("SEAL_TAMPERED");
            Response health = api.get(w.provider, "/api/v1/device-health/seals").expect(200);
            String self = "$[?(@.serialNumber == '" + deviceId + "')]";
            assertThat((List<String>) health.json(self + ".lastContactAt"))
                    .containsExactly(clock.instant().toString());
            assertThat(health.json(self + ".readingProblems").toString())
                    .contains("deviceClock", "2000-01-01T00:00:00Z");

            // While Rantai cannot store, the frame is not acknowledged; sent again once it can, it is.
            journal.stop();
            try {
                clock.advance(Duration.ofSeconds(30));
                byte[] frame = id.rantai.support.Jt701Frames.longFrame(
                        deviceId, clock.instant(), -6.9461, 110.4249, 0, 0x00A0, 85, 8);
                socket.getOutputStream().write(frame);
                socket.setSoTimeout(1000);
                assertThatThrownBy(() -> socket.getInputStream().read())
                        .isInstanceOf(java.net.SocketTimeoutException.class);
                journal.start();
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(frame);
                assertThat(new String(
                                socket.getInputStream().readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("(P69,0,8)");
            } finally {
                if (!journal.isRunning()) {
                    journal.start();
                }
            }
        }
    }

    @Test
    void aSealRegisteredAfterItsDeviceWasRefusedAsUnknownIsAcceptedAtOnce() throws Exception {
        String deviceId = String.valueOf(1_000_000_000L + new Random().nextInt(999_999_999));
        clock.advance(Duration.ofSeconds(30));
        byte[] frame =
                id.rantai.support.Jt701Frames.longFrame(deviceId, clock.instant(), -6.9461, 110.4249, 0, 0x00A0, 85, 5);
        try (var unknown = new java.net.Socket("localhost", jt701.port())) {
            unknown.setSoTimeout(5000);
            unknown.getOutputStream().write(frame);
            assertThat(unknown.getInputStream().read())
                    .as("an unknown device is let go")
                    .isEqualTo(-1);
        }
        w.installedTrip(deviceId, clock.instant().minusSeconds(60));
        try (var registered = new java.net.Socket("localhost", jt701.port())) {
            registered.setSoTimeout(5000);
            registered.getOutputStream().write(frame);
            assertThat(new String(
                            registered.getInputStream().readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,5)");
        }
        // A trip's unlock policy cannot name the remote method: only a command Rantai sent explains one.
        api.put(w.officer, "/api/v1/trips/" + trip + "/unlock-authorisation", "{\"methods\":[\"REMOTE\"]}")
                .expectProblem(400, "methods");
    }

    /**
     * After a remote unlock Rantai accepted, the seal's own report of it — over OsmAnd naming no
     * method, over JT701 as a P45 without a card — raises nothing. An unlock nobody commanded stays
     * critical, and the trip cannot be closed until a customs officer resolves it with a note; the
     * seal's device faults end with the trip.
     */
    @Test
    void anUnlockRantaiCommandedRaisesNothingAndAnUncommandedOneBlocksClosing() throws Exception {
        List<double[]> path = SimulatedSeal.along(ROUTE, 150);
        for (int i = 0; i < path.size(); i++) {
            seal.reportAt(path.get(i)[0], path.get(i)[1], i == 3 ? ",\"events\":[\"LOW_BATTERY\"]" : "")
                    .expect(200);
        }
        assertThat(state()).isEqualTo("ARRIVED");
        assertThat(openAlerts()).containsExactly("LOW_BATTERY");
        double[] end = path.get(path.size() - 1);
        api.post(w.company, "/api/v1/trips/" + trip + "/unlock", "{}").expect(202);
        clock.advance(Duration.ofSeconds(20));
        assertThat(osmandGet(String.format(
                                java.util.Locale.ROOT,
                                "?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f&events=UNLOCKED",
                                seal.serial,
                                seal.secret,
                                clock.instant().getEpochSecond(),
                                end[0],
                                end[1]))
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(5));
        var t = clock.instant().atZone(java.time.ZoneOffset.UTC);
        String p45 = String.format(
                java.util.Locale.ROOT,
                "(%s,P45,%02d%02d%02d,%02d%02d%02d,%.4f,S,%.4f,E,A,0,0,4,1,0000000000,1,0,9)",
                seal.serial,
                t.getDayOfMonth(),
                t.getMonthValue(),
                t.getYear() % 100,
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                -end[0],
                end[1]);
        try (var socket = new java.net.Socket("localhost", jt701.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(p45.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(new String(socket.getInputStream().readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("(P69,0,9)");
        }
        assertThat(openAlerts()).as("the commanded unlock, reported twice").containsExactly("LOW_BATTERY");

        // Ten minutes later nobody commanded anything: an unlock report is a breach.
        clock.advance(Duration.ofMinutes(10));
        assertThat(osmandGet(String.format(
                                java.util.Locale.ROOT,
                                "?id=%s&secret=%s&timestamp=%d&lat=%.6f&lon=%.6f&events=UNLOCKED",
                                seal.serial,
                                seal.secret,
                                clock.instant().getEpochSecond(),
                                end[0],
                                end[1]))
                        .status())
                .isEqualTo(200);
        assertThat(openAlerts()).containsExactlyInAnyOrder("LOW_BATTERY", "UNAUTHORISED_UNLOCK");

        api.post(w.provider, "/api/v1/trips/" + trip + "/remove").expect(200);
        api.upload(
                        w.provider,
                        "/api/v1/trips/" + trip + "/documents",
                        java.util.Map.of(
                                "step",
                                "REMOVAL",
                                "takenAt",
                                clock.instant().toString(),
                                "latitude",
                                "-6.9700",
                                "longitude",
                                "110.3600"),
                        "lepas.jpg",
                        "image/jpeg",
                        id.rantai.support.Fixtures.jpeg())
                .expect(201);
        Response refused =
                api.post(w.officer, "/api/v1/trips/" + trip + "/close", "{}").expectProblem(409);
        assertThat((List<String>) refused.json("$.blockers"))
                .singleElement()
                .asString()
                .contains("UNAUTHORISED_UNLOCK");
        String unlockAlert = api.get(w.officer, "/api/v1/alerts?tripId=" + trip + "&status=OPEN")
                .json("$[?(@.type == 'UNAUTHORISED_UNLOCK')].id")
                .toString()
                .replaceAll("[\\[\\]\"]", "");
        api.post(
                        w.officer,
                        "/api/v1/alerts/" + unlockAlert + "/resolve",
                        "{\"note\":\"diperiksa: segel dibuka petugas TPS, isi sesuai manifest\"}")
                .expect(200);
        api.post(w.officer, "/api/v1/trips/" + trip + "/close", "{}").expect(200);
        assertThat(openAlerts())
                .as("the seal's device faults ended with the trip")
                .isEmpty();
        assertThat((List<String>) api.get(w.officer, "/api/v1/alerts?tripId=" + trip)
                        .json("$[?(@.type == 'LOW_BATTERY')].resolvedBy"))
                .containsExactly("system");
    }

    static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    Response forward(String token, String body) {
        return api.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/v1/forwarding/traccar"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    static String traccarPosition(String uniqueId, Instant time, double lat, double lon, String alarm) {
        return String.format(java.util.Locale.ROOT, """
                {"position":{"id":1,"deviceId":7,"protocol":"jt600","serverTime":"%1$s","deviceTime":"%1$s",
                 "fixTime":"%1$s","outdated":false,"valid":true,"latitude":%2$.6f,"longitude":%3$.6f,"altitude":3.0,
                 "speed":5.4,"course":250.0,"accuracy":0.0,"attributes":{"batteryLevel":77,"lock":true,"alarm":"%4$s"}},
                 "device":{"id":7,"name":"Seal","uniqueId":"%5$s","status":"online"}}""", time, lat, lon, alarm, uniqueId);
    }

    Response osmandGet(String query) {
        return api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + osmand.port() + "/" + query)));
    }

    String state() {
        RulesSettled.await(rules);
        return api.get(w.company, "/api/v1/trips/" + trip).expect(200).json("$.state");
    }

    List<String> openAlerts() {
        RulesSettled.await(rules);
        return api.get(w.officer, "/api/v1/alerts?tripId=" + trip + "&status=OPEN")
                .expect(200)
                .json("$[*].type");
    }

    List<String> alertTypes() {
        RulesSettled.await(rules);
        return api.get(w.officer, "/api/v1/alerts?tripId=" + trip).expect(200).json("$[*].type");
    }

    List<Object> alerts() {
        RulesSettled.await(rules);
        return api.get(w.officer, "/api/v1/alerts?tripId=" + trip).expect(200).json("$");
    }

    @Test
    void rawReadingsPastTheOfficesRetentionKeepOnlyWhatTheTripsRecordNeeds() {
        api.put(w.officer, "/api/v1/offices/" + w.officeId + "/monitoring-settings", "{\"rawReadingMonths\":1}")
                .expect(200);
        api.put(w.officer, "/api/v1/offices/" + w.officeId + "/monitoring-settings", "{\"rawReadingMonths\":0}")
                .expectProblem(400, "rawReadingMonths");
        api.put(w.officer, "/api/v1/offices/" + w.officeId + "/monitoring-settings", "{\"rawReadingMonths\":1.5}")
                .expectProblem(400, "rawReadingMonths");
        // An hour on the road, a report every 30 s, a cut cable half-way through the first half hour.
        Instant start = clock.instant();
        List<double[]> path = SimulatedSeal.along(ROUTE, 50);
        List<String> readings = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double[] p = path.get(i % path.size());
            readings.add(
                    seal.reading(start.plusSeconds(30L * i), p[0], p[1], i == 31 ? ",\"events\":[\"TAMPER\"]" : ""));
        }
        clock.advance(Duration.ofMinutes(61)); // the readings arrive after the hour, none ahead of the clock
        seal.send(readings).expect(200);
        rules.tick();
        String byTrip = "SELECT COUNT(*) FROM telemetry_reading WHERE trip_id = ? AND device_time %s ?";
        java.util.function.BiFunction<String, Instant, Long> count = (op, at) -> jdbc.sql(byTrip.formatted(op))
                .params(
                        java.util.UUID.fromString(trip),
                        java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        Instant halfWay = start.plus(Duration.ofMinutes(30));
        assertThat(count.apply("<", halfWay)).isEqualTo(60);

        // A month and half an hour later, the first half hour is past the office's one month.
        retention.thin(halfWay.atOffset(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
        long firstHalf = count.apply("<", halfWay);
        // First and last, one fix per ten minutes (the three slots may split the half hour into four),
        // and the tampering report; every reading of the second half is still there.
        assertThat(firstHalf).isBetween(4L, 7L);
        assertThat(count.apply(">=", halfWay)).isEqualTo(60);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_reading WHERE trip_id = ? AND events <> 0")
                        .param(java.util.UUID.fromString(trip))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Running again changes nothing; the track still draws from the first reading to the last.
        retention.thin(halfWay.atOffset(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
        assertThat(count.apply("<", halfWay)).isEqualTo(firstHalf);
        Response track = api.get(w.officer, "/api/v1/trips/" + trip + "/track").expect(200);
        assertThat((Integer) track.json("$.properties.points")).isEqualTo((int) (firstHalf + 60));
    }

    static double metresNorth(double metres) {
        return metres / 110_574.0;
    }
}
