package id.rantai.eseal;

import static id.rantai.support.Fixtures.jpeg;
import static id.rantai.support.Fixtures.png;
import static id.rantai.support.Fixtures.routePlan;
import static id.rantai.support.Fixtures.tripRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import id.rantai.eseal.norm.NormWatcher;
import id.rantai.notification.internal.MailOutbox;
import id.rantai.shared.events.CompletedEventsPruning;
import id.rantai.shared.geo.Geodesy;
import id.rantai.support.Api;
import id.rantai.support.Fixtures;
import id.rantai.support.MutableClock;
import id.rantai.support.PublishedEvents;
import id.rantai.support.Response;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One container through the whole SOP over the HTTP API, with the norms it is held to. Run on H2
 * and on PostgreSQL by the subclasses.
 */
@RecordApplicationEvents
abstract class TripLifecycleScenarios {
    static final Smtp SMTP = Smtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        SMTP.register(r);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    NormWatcher watcher;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PublishedEvents published;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompletedEventsPruning pruning;

    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    @Test
    void containerGoesThroughTheWholeLifecycleAndTheNormsAreReported() throws Exception {
        Instant day = clock.instant();
        // Request on a BC 1.2, approved by customs.
        Response created = api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201);
        String trip = created.id();
        assertThat((String) created.json("$.state")).isEqualTo("REQUESTED");
        assertThat((String) created.json("$.legalBasis.documentType")).isEqualTo("BC_1_2");
        assertThat((String) created.json("$.reference")).matches("ES-\\d{8}-[A-HJ-NP-Z2-9]{6}");
        assertThat((String) created.json("$.timeZone")).isEqualTo("WIB");
        state(api.post(w.officer, "/api/v1/trips/" + trip + "/approve", "{\"note\":\"BC 1.2 sesuai\"}"), "APPROVED");

        // The provider assigns an available seal.
        String seal = w.seal(w.provider);
        state(
                api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}"),
                "SEAL_ASSIGNED");
        assertThat((String)
                        api.get(w.provider, "/api/v1/seals/" + seal).expect(200).json("$.status"))
                .isEqualTo("ASSIGNED");

        // The company submits its route plan; it is served back as GeoJSON.
        Response plan = api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan())
                .expect(200);
        assertThat((String) plan.json("$.type")).isEqualTo("FeatureCollection");
        assertThat((List<String>) plan.json("$.features[*].properties.role"))
                .containsExactly("route", "corridor", "origin", "destination");
        double distance = ((Number) plan.json("$.features[0].properties.distanceMeters")).doubleValue();
        double[][] route = {
            {110.4250, -6.9460}, {110.4100, -6.9520}, {110.3900, -6.9600}, {110.3750, -6.9650}, {110.3600, -6.9700}
        };
        double expected = 0;
        for (int i = 1; i < route.length; i++) {
            expected += Geodesy.distance(route[i - 1][1], route[i - 1][0], route[i][1], route[i][0]);
        }
        assertThat(distance).isCloseTo(expected, within(0.1));
        Instant eta = Instant.parse(plan.json("$.features[0].properties.eta"));
        assertThat(Duration.between(Instant.parse("2026-11-24T03:00:00Z"), eta).toSeconds())
                .isCloseTo(Math.round(expected / (30 / 3.6)), within(1L));
        assertThat((String) api.get(w.officer, "/api/v1/trips/" + trip + "/route-plan")
                        .expect(200)
                        .json("$.features[1].geometry.type"))
                .isEqualTo("Polygon");

        // Installation within its norm (3 of 5 minutes), photos within theirs (4 of 10).
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation"), "READY_FOR_INSTALLATION");
        w.inspect(w.company, trip);
        clock.advance(Duration.ofMinutes(3));
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/install"), "INSTALLED");
        assertThat((String) api.get(w.provider, "/api/v1/seals/" + seal).json("$.status"))
                .isEqualTo("INSTALLED");
        clock.advance(Duration.ofMinutes(4));
        byte[] photo = png();
        Response uploaded =
                upload(trip, "INSTALLATION", photo, "pasang-1.png", "image/png").expect(201);
        assertThat((String) uploaded.json("$.sha256")).isEqualTo(sha256(photo));
        assertThat((String) uploaded.json("$.contentType")).isEqualTo("image/png");
        upload(trip, "INSTALLATION", jpeg(), "pasang-2.jpg", "image/jpeg").expect(201);
        Response download = api.get(w.officer, "/api/v1/trips/" + trip + "/documents/" + uploaded.id() + "/content")
                .expect(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.contentType()).isEqualTo("image/png");

        // Transit and arrival; removal comes 7 minutes after arrival, 2 minutes over its norm.
        state(api.post(w.company, "/api/v1/trips/" + trip + "/depart"), "IN_TRANSIT");
        clock.advance(Duration.ofMinutes(20));
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/arrive"), "ARRIVED");
        clock.advance(Duration.ofMinutes(7));
        watcher.sweep();
        assertThat(events.stream(NormBreached.class)
                        .filter(e -> e.subjectId().toString().equals(trip)))
                .extracting(NormBreached::norm)
                .containsExactly(Norm.REMOVAL);
        Map<String, Object> removalNorm = norm(trip, "REMOVAL");
        assertThat(removalNorm.get("outcome")).isEqualTo("BREACHED");
        assertThat(removalNorm.get("completedAt")).isNull();
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/remove"), "REMOVED");
        assertThat((String) api.get(w.provider, "/api/v1/seals/" + seal).json("$.status"))
                .isEqualTo("AVAILABLE");
        assertThat(norm(trip, "REMOVAL").get("completedAt")).isNotNull();

        // Customs cannot close before the removal documentation is in.
        api.post(w.officer, "/api/v1/trips/" + trip + "/close", "{}").expectProblem(409);
        clock.advance(Duration.ofMinutes(2));
        upload(trip, "REMOVAL", jpeg(), "lepas.jpg", "image/jpeg").expect(201);
        state(api.post(w.officer, "/api/v1/trips/" + trip + "/close", "{\"note\":\"selesai\"}"), "CLOSED");

        // Every step is in the history, by whom, in the office's time zone.
        Response history =
                api.get(w.company, "/api/v1/trips/" + trip + "/history").expect(200);
        assertThat((List<String>) history.json("$[*].to"))
                .containsExactly(
                        "REQUESTED",
                        "APPROVED",
                        "SEAL_ASSIGNED",
                        "READY_FOR_INSTALLATION",
                        "INSTALLED",
                        "IN_TRANSIT",
                        "ARRIVED",
                        "REMOVED",
                        "CLOSED");
        assertThat((String) history.json("$[1].actor")).isEqualTo(w.officer);
        assertThat((String) history.json("$[0].atLocal")).endsWith("+07:00");
        assertThat(api.get(w.officer, "/api/v1/trips/" + trip + "/audit")
                        .expect(200)
                        .text())
                .contains("TRIP_CLOSED", "ROUTE_PLAN_SUBMITTED", "TRIP_DOCUMENT_UPLOADED");
        assertThat(published
                        .of(TripStateChanged.class)
                        .filter(e -> e.tripId().toString().equals(trip)))
                .extracting(TripStateChanged::to)
                .containsExactly(
                        TripState.REQUESTED,
                        TripState.APPROVED,
                        TripState.SEAL_ASSIGNED,
                        TripState.READY_FOR_INSTALLATION,
                        TripState.INSTALLED,
                        TripState.IN_TRANSIT,
                        TripState.ARRIVED,
                        TripState.REMOVED,
                        TripState.CLOSED);

        // The norms report: three norms met, removal breached, with the actual durations.
        String date =
                day.atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate().toString();
        Response report = api.get(w.officer, "/api/v1/norms/report?from=" + date + "&to=" + date)
                .expect(200);
        assertThat((List<String>) report.json("$.byOffice[*].id")).containsExactly(w.officeId);
        assertThat(figure(report, "byOffice", "INSTALLATION", "met")).isEqualTo(1);
        assertThat(figure(report, "byOffice", "INSTALLATION", "averageSeconds")).isEqualTo(180);
        assertThat(figure(report, "byOffice", "INSTALLATION_PHOTOS", "met")).isEqualTo(1);
        assertThat(figure(report, "byOffice", "REMOVAL", "breached")).isEqualTo(1);
        assertThat(figure(report, "byOffice", "REMOVAL", "maxSeconds")).isEqualTo(420);
        assertThat(figure(report, "byOffice", "REMOVAL_DOCUMENTS", "met")).isEqualTo(1);
        assertThat(((Number) figure(report, "byProvider", "REMOVAL", "complianceRate")).doubleValue())
                .isZero();
        assertThat(((Number) figure(report, "byProvider", "INSTALLATION", "complianceRate")).doubleValue())
                .isEqualTo(1.0);

        // The same report as a document for the office's files and as a workbook.
        byte[] pdf = api.get(w.officer, "/api/v1/norms/report.pdf?from=" + date + "&to=" + date)
                .expect(200)
                .body();
        assertThat(id.rantai.support.Pdfs.text(pdf))
                .contains(
                        "DIREKTORAT JENDERAL BEA DAN CUKAI",
                        "LAPORAN KEPATUHAN NORMA WAKTU SOP E-SEAL",
                        "Pemasangan (5 menit)",
                        "Pelepasan (5 menit)",
                        "3 mnt 0 dtk",
                        "Halaman 1 dari ");
        id.rantai.support.Pdfs.assertPdfA2b(pdf);
        id.rantai.support.Pdfs.picture(pdf, "norm-report");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(
                api.get(w.officer, "/api/v1/norms/report.xlsx?from=" + date + "&to=" + date)
                        .expect(200)
                        .body()))) {
            var removal = workbook.getFirstSheet().read().stream()
                    .filter(r -> "Pelepasan (5 menit)".equals(r.getCellText(2))
                            && "Per Kantor Bea Cukai".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(removal.getCell(5).asNumber()).isEqualByComparingTo("1"); // breached
            assertThat(removal.getCell(9).asNumber()).isEqualByComparingTo("420"); // longest, seconds
        }
        api.get(w.officer, "/api/v1/norms/report.xlsx?from=" + date + "&to=2020-01-01")
                .expectProblem(400, "to");
    }

    private String reference(String trip) {
        return api.get(w.officer, "/api/v1/trips/" + trip).json("$.reference");
    }

    /**
     * Two officers open the same request; the second acts on what they read: the trip's version is
     * its ETag, and a change naming an ETag the trip has moved on from is refused with 412.
     */
    @Test
    void aChangeMadeOnAStaleReadIsRefusedWithThePreconditionFailed() {
        String trip = api.post(w.company, "/api/v1/trips", Fixtures.tripRequest(w))
                .expect(201)
                .id();
        Response read = api.get(w.officer, "/api/v1/trips/" + trip).expect(200);
        String etag = read.header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        // Unchanged: read again, and nothing to send.
        assertThat(api.send(api.request(w.officer, "/api/v1/trips/" + trip)
                                .header("If-None-Match", etag)
                                .GET())
                        .status())
                .isEqualTo(304);
        Response approved = api.send(api.request(w.officer, "/api/v1/trips/" + trip + "/approve")
                .header("If-Match", etag)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        approved.expect(200);
        assertThat(approved.header("ETag")).isNotEqualTo(etag);
        // The second reader still holds the first ETag: refused, told the current one, nothing changed.
        Response stale = api.send(api.request(w.officer, "/api/v1/trips/" + trip + "/reject")
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"Dokumen kurang\"}")));
        stale.expectProblem(412);
        assertThat(stale.header("ETag")).isEqualTo(approved.header("ETag"));
        assertThat((String) api.get(w.officer, "/api/v1/trips/" + trip).json("$.state"))
                .isEqualTo("APPROVED");
        // Something that is not one of its ETags never matches; "*" and no If-Match change as before.
        api.send(api.request(w.officer, "/api/v1/trips/" + trip + "/cancel")
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"abc\"")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")))
                .expectProblem(412);
        api.send(api.request(w.company, "/api/v1/trips/" + trip + "/cancel")
                        .header("Content-Type", "application/json")
                        .header("If-Match", "*")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"Tidak jadi\"}")))
                .expect(200);
    }

    /**
     * Seals and disruption reports carry their version as ETag like trips: a change naming a version
     * the record has moved on from is refused (412) and changes nothing; a trip's If-Match is held
     * against the trip only, not against the seal its step touches.
     */
    @Test
    void sealsAndDisruptionReportsChangeOnlyAtTheVersionTheChangeNames() {
        String seal = w.seal(w.provider);
        Response read = api.get(w.provider, "/api/v1/seals/" + seal).expect(200);
        String etag = read.header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        assertThat(api.send(api.request(w.provider, "/api/v1/seals/" + seal)
                                .header("If-None-Match", etag)
                                .GET())
                        .status())
                .isEqualTo(304);
        Response faulty = changeAt(w.provider, "/api/v1/seals/" + seal + "/status", "{\"status\":\"FAULTY\"}", etag);
        faulty.expect(200);
        assertThat(faulty.header("ETag")).isNotEqualTo(etag);
        Response stale = changeAt(w.provider, "/api/v1/seals/" + seal + "/status", "{\"status\":\"AVAILABLE\"}", etag);
        stale.expectProblem(412);
        assertThat(stale.header("ETag")).isEqualTo(faulty.header("ETag"));
        assertThat((String) api.get(w.provider, "/api/v1/seals/" + seal).json("$.status"))
                .isEqualTo("FAULTY");

        String disruption = api.post(w.provider, "/api/v1/disruptions", """
                {"sealId":"%s","category":"SEAL_DEVICE","description":"Baterai cepat habis"}""".formatted(seal))
                .expect(201)
                .id();
        changeAt(w.provider, "/api/v1/disruptions/" + disruption + "/acknowledge", null, "\"99\"")
                .expectProblem(412);
        String current =
                api.get(w.provider, "/api/v1/disruptions/" + disruption).header("ETag");
        changeAt(w.provider, "/api/v1/disruptions/" + disruption + "/acknowledge", null, current)
                .expect(200);

        String trip = api.post(w.company, "/api/v1/trips", Fixtures.tripRequest(w))
                .expect(201)
                .id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        String tripTag = api.get(w.provider, "/api/v1/trips/" + trip).header("ETag");
        changeAt(
                        w.provider,
                        "/api/v1/trips/" + trip + "/assign-seal",
                        "{\"sealId\":\"%s\"}".formatted(w.seal(w.provider)),
                        tripTag)
                .expect(200);
    }

    /** A POST naming the version it read; {@code json} null for an action without a body. */
    private Response changeAt(String user, String path, String json, String ifMatch) {
        var request = api.request(user, path).header("If-Match", ifMatch);
        if (json == null) {
            return api.send(request.POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        }
        return api.send(request.header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Lists are read a page at a time: the total in X-Total-Count, the pages around in Link. */
    @Test
    void theTripListIsReadAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            api.post(w.company, "/api/v1/trips", Fixtures.tripRequest(w)).expect(201);
        }
        Response first = api.get(w.company, "/api/v1/trips?limit=2").expect(200);
        assertThat((List<Object>) first.json("$")).hasSize(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link")).contains("offset=2", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        Response last = api.get(w.company, "/api/v1/trips?limit=2&offset=2").expect(200);
        assertThat((List<Object>) last.json("$")).hasSize(1);
        assertThat(last.header("Link")).contains("offset=0", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> all = new java.util.ArrayList<>(first.json("$[*].id"));
        all.addAll(last.json("$[*].id"));
        assertThat(all).doesNotHaveDuplicates();
        assertThat(api.get(w.company2, "/api/v1/trips").header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void installationNormIsBreachedByTheTimerWhenNothingIsDone() {
        String trip = tripReadyForInstallation();
        clock.advance(Duration.ofMinutes(6));
        watcher.sweep();
        watcher.sweep();
        assertThat(events.stream(NormBreached.class)
                        .filter(e -> e.subjectId().toString().equals(trip)))
                .extracting(NormBreached::norm)
                .containsExactly(Norm.INSTALLATION);
        assertThat(norm(trip, "INSTALLATION").get("outcome")).isEqualTo("BREACHED");
        assertThat(norm(trip, "INSTALLATION").get("completedAt")).isNull();
        outbox.dispatch();
        for (String told : List.of(w.officer, w.provider)) {
            assertThat(SMTP.to(World.email(told)).stream().map(Smtp::subject))
                    .as(told)
                    .containsExactly(
                            "Norma waktu SOP terlampaui: Pemasangan (5 menit) pada perjalanan " + reference(trip)
                                    + " / SOP time norm breached: Installation (5 min) on trip " + reference(trip));
        }
        assertThat(SMTP.to(World.email(w.officer2))).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/install"), "INSTALLED");
        Map<String, Object> done = norm(trip, "INSTALLATION");
        assertThat(done.get("outcome")).isEqualTo("BREACHED");
        assertThat(Duration.between(
                        Instant.parse((String) done.get("startedAt")), Instant.parse((String) done.get("completedAt"))))
                .isEqualTo(Duration.ofMinutes(8));
        assertThat(events.stream(NormBreached.class)
                        .filter(e -> e.subjectId().toString().equals(trip)))
                .hasSize(1);
    }

    @Test
    void aSealGoesOnOnlyAfterAPassedInspectionOfItsContainer() {
        String trip = tripReadyForInstallationWithoutInspection();
        api.post(w.provider, "/api/v1/trips/" + trip + "/install").expectProblem(409);
        String points = "\"points\":{\"frontWall\":true,\"leftSide\":true,\"rightSide\":true,\"floor\":false,"
                + "\"ceilingRoof\":true,\"doors\":true,\"undercarriage\":true";
        assertThat((Boolean) api.post(
                                w.company,
                                "/api/v1/inspections",
                                "{\"tripId\":\"" + trip + "\",\"inspector\":\"A\"," + points + "}}")
                        .expect(201)
                        .json("$.passed"))
                .isFalse();
        api.post(w.provider, "/api/v1/trips/" + trip + "/install").expectProblem(409);
        // A reefer's eighth point, the fan housing, must be stated.
        api.post(
                        w.company,
                        "/api/v1/inspections",
                        "{\"tripId\":\"" + trip + "\",\"inspector\":\"A\",\"reefer\":true,"
                                + points.replace("false", "true") + "}}")
                .expectProblem(400, "points.fanHousing");
        api.post(
                        w.company,
                        "/api/v1/inspections",
                        "{\"tripId\":\"" + trip + "\",\"inspector\":\"A\"," + "\"containerNumber\":\"MSCU1234566\","
                                + points + "}}")
                .expectProblem(400, "containerNumber");
        api.post(w.company2, "/api/v1/inspections", "{\"tripId\":\"" + trip + "\",\"inspector\":\"A\"," + points + "}}")
                .expectProblem(404);
        api.post(w.officer, "/api/v1/inspections", "{\"tripId\":\"" + trip + "\",\"inspector\":\"A\"," + points + "}}")
                .expectProblem(403);
        w.inspect(w.provider, trip);
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/install"), "INSTALLED");
        assertThat((List<Boolean>) api.get(w.officer, "/api/v1/trips/" + trip + "/inspections")
                        .json("$[*].passed"))
                .containsExactly(false, true);
    }

    @Test
    void lateStepAnnouncesItsBreachWhenTheTimerHasNotYetRun() {
        String trip = tripReadyForInstallation();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/install"), "INSTALLED");
        assertThat(norm(trip, "INSTALLATION").get("outcome")).isEqualTo("BREACHED");
        watcher.sweep();
        assertThat(norm(trip, "INSTALLATION_PHOTOS").get("outcome")).isEqualTo("PENDING");
    }

    @Test
    void cancellingReleasesTheSealAndStopsTheInstallationNorm() {
        String trip = tripReadyForInstallation();
        String seal = api.get(w.company, "/api/v1/trips/" + trip).json("$.sealId");
        api.post(w.company, "/api/v1/trips/" + trip + "/cancel", "{}").expectProblem(400, "reason");
        state(api.post(w.company, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"kapal tertunda\"}"), "CANCELLED");
        assertThat((String) api.get(w.provider, "/api/v1/seals/" + seal).json("$.status"))
                .isEqualTo("AVAILABLE");
        clock.advance(Duration.ofMinutes(10));
        watcher.sweep();
        assertThat(norm(trip, "INSTALLATION").get("outcome")).isEqualTo("CANCELLED");
    }

    @Test
    void completedEventPublicationsArePrunedAndIncompleteOnesKept() {
        String trip = tripReadyForInstallation();
        state(api.post(w.company, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"kapal tertunda\"}"), "CANCELLED");
        // The end of a trip is handed to the alerts after the commit, through the publication registry.
        await().atMost(Duration.ofSeconds(10)).until(() -> publications("completion_date IS NOT NULL") > 0);
        UUID incomplete = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                        VALUES (?, 'test.listener', 'test.Event', '{}', ?)""")
                .params(incomplete, clock.instant().atOffset(ZoneOffset.UTC).minusDays(30))
                .update();

        pruning.prune(Duration.ofMinutes(1));
        assertThat(publications("completion_date IS NOT NULL")).isPositive(); // completed just now: kept a while
        clock.advance(Duration.ofMinutes(2)); // the registry stamps and prunes on Rantai's clock
        pruning.prune(Duration.ofMinutes(1));

        assertThat(publications("completion_date IS NOT NULL")).isZero();
        assertThat(publications("id = '" + incomplete + "'")).isOne();
        jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(incomplete).update();
    }

    private long publications(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE " + where)
                .query(Long.class)
                .single();
    }

    @Test
    void disruptionIsAcknowledgedAndResolvedUnderItsNorms() {
        String trip = tripReadyForInstallation();
        Response reported =
                api.post(w.company, "/api/v1/disruptions", """
                {"tripId":"%s","category":"SEAL_DEVICE","description":"Segel tidak mau mengunci"}""".formatted(trip)).expect(201);
        String id = reported.id();
        assertThat((String) reported.json("$.sealId")).isNotNull();
        outbox.dispatch();
        var toProvider = SMTP.to(World.email(w.provider));
        assertThat(toProvider.stream().map(Smtp::subject))
                .containsExactly("Laporan kendala pada perjalanan " + reference(trip) + ": Perangkat segel"
                        + " / Disruption reported on trip " + reference(trip) + ": Seal device");
        assertThat(Smtp.body(toProvider.get(0)))
                .contains(
                        "Segel tidak mau mengunci",
                        "dalam 30 menit dan selesaikan dalam 24 jam",
                        "within 30 minutes and resolve it within 24 hours");
        api.post(w.company, "/api/v1/disruptions/" + id + "/acknowledge").expectProblem(403);
        api.get(w.provider2, "/api/v1/disruptions/" + id).expectProblem(404);
        clock.advance(Duration.ofMinutes(10));
        assertThat((String) api.post(w.provider, "/api/v1/disruptions/" + id + "/acknowledge")
                        .expect(200)
                        .json("$.status"))
                .isEqualTo("ACKNOWLEDGED");
        api.post(w.provider, "/api/v1/disruptions/" + id + "/acknowledge").expectProblem(409);
        api.post(w.provider, "/api/v1/disruptions/" + id + "/resolve", "{}").expectProblem(400, "resolution");
        clock.advance(Duration.ofHours(25));
        assertThat((String) api.post(
                                w.provider,
                                "/api/v1/disruptions/" + id + "/resolve",
                                "{\"resolution\":\"Segel diganti unit cadangan\"}")
                        .expect(200)
                        .json("$.status"))
                .isEqualTo("RESOLVED");
        assertThat(norm(id, "DISRUPTION_ACKNOWLEDGEMENT", trip).get("outcome")).isEqualTo("MET");
        assertThat(norm(id, "DISRUPTION_RESOLUTION", trip).get("outcome")).isEqualTo("BREACHED");
        assertThat(api.get(w.officer, "/api/v1/disruptions").text()).contains(id);
        assertThat(api.get(w.company2, "/api/v1/disruptions").text()).doesNotContain(id);
    }

    String tripReadyForInstallation() {
        String trip = tripReadyForInstallationWithoutInspection();
        w.inspect(w.provider, trip);
        return trip;
    }

    String tripReadyForInstallationWithoutInspection() {
        String trip =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        String seal = w.seal(w.provider);
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expect(200);
        api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan()).expect(200);
        state(api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation"), "READY_FOR_INSTALLATION");
        return trip;
    }

    Response upload(String trip, String step, byte[] content, String name, String type) {
        return api.upload(
                w.provider,
                "/api/v1/trips/" + trip + "/documents",
                Map.of(
                        "step",
                        step,
                        "takenAt",
                        clock.instant().toString(),
                        "latitude",
                        "-6.9461",
                        "longitude",
                        "110.4251"),
                name,
                type,
                content);
    }

    Map<String, Object> norm(String trip, String norm) {
        return norm(trip, norm, trip);
    }

    Map<String, Object> norm(String subject, String norm, String trip) {
        List<Map<String, Object>> all = api.get(w.company, "/api/v1/trips/" + trip + "/norms")
                .expect(200)
                .json("$[?(@.subjectId == '" + subject + "' && @.norm == '" + norm + "')]");
        assertThat(all).as("norm %s of %s", norm, subject).hasSize(1);
        return all.get(0);
    }

    static Object figure(Response report, String grouping, String norm, String field) {
        List<Object> values = report.json("$." + grouping + "[0].norms[?(@.norm == '" + norm + "')]." + field);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    static void state(Response r, String expected) {
        r.expect(200);
        assertThat((String) r.json("$.state")).isEqualTo(expected);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
