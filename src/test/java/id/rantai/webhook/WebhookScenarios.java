package id.rantai.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.aeo.AssessmentDecided;
import id.rantai.certification.ExamResultsPublished;
import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.Norm;
import id.rantai.eseal.NormBreached;
import id.rantai.eseal.TripParties;
import id.rantai.monitoring.AlertRaised;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertType;
import id.rantai.shared.delivery.SignedPost;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.RecordingReceiver;
import id.rantai.support.Response;
import id.rantai.support.World;
import id.rantai.webhook.delivery.WebhookDispatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Organisations' webhooks, as an integrator meets them: an endpoint registered for the kinds its
 * organisation may see receives each trip's events signed, once and in order; another
 * organisation's endpoint hears nothing of it; an outage is retried with back-off and a refusal
 * holds the trip's later events until the organisation retries it, every attempt on record. Run
 * on H2 and on PostgreSQL.
 */
abstract class WebhookScenarios {
    static final RecordingReceiver RECEIVER = RecordingReceiver.start();

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry r) {
        // The receiver listens on 127.0.0.1 over plain http; production refuses both.
        r.add("rantai.webhooks.allow-http", () -> "true");
        r.add("rantai.webhooks.allow-private-networks", () -> "true");
        r.add("rantai.webhooks.dispatch-interval", () -> "PT1H");
        // No jitter: the scenario checks each retry waits its full back-off and not a second less.
        r.add("rantai.webhooks.jitter", () -> "0");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    final JsonMapper json = JsonMapper.builder().build();
    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    /** Registers an endpoint at the receiver under {@code path}; its id and signing secret. */
    Response register(String user, String path, String kinds) {
        return api.post(user, "/api/v1/webhooks", """
                {"url":"%s","description":"TMS","eventKinds":[%s]}""".formatted(RECEIVER.url(path), kinds))
                .expect(201);
    }

    List<RecordingReceiver.Received> at(String path) {
        return RECEIVER.received().stream().filter(r -> r.path().equals(path)).toList();
    }

    JsonNode event(RecordingReceiver.Received r) {
        return json.readTree(r.text());
    }

    /** What a receiver computes to check a request: the HMAC of the timestamp and the body it got. */
    static String expectedSignature(RecordingReceiver.Received r, String secret) {
        String given = r.header("X-Rantai-Signature");
        long t = Long.parseLong(given.substring(2, given.indexOf(',')));
        return SignedPost.signature(secret, t, r.body());
    }

    @Test
    void aTripsChangesReachItsPartiesEndpointSignedOnceAndInOrderAndNoOtherOrganisation() {
        String path = "/hooks/" + w.suffix + "/company";
        Response registered = register(w.companyAdmin, path, "\"TRIP_STATE_CHANGED\",\"ALERT_RAISED\"");
        String endpoint = registered.json("$.endpoint.id");
        String secret = registered.json("$.signingSecret");
        assertThat(secret).startsWith("whsec_");
        assertThat(registered.header("Location")).endsWith("/api/v1/webhooks/" + endpoint);
        assertThat((String) registered.json("$.endpoint.secretHint"))
                .isEqualTo("…" + secret.substring(secret.length() - 4));
        String otherPath = "/hooks/" + w.suffix + "/other-office";
        api.post("admin", "/api/v1/webhooks", """
                {"organisationId":"%s","url":"%s","eventKinds":["TRIP_STATE_CHANGED"]}""".formatted(w.office2Id, RECEIVER.url(otherPath)))
                .expect(201);

        String trip = w.installedTrip("WH-" + w.suffix, clock.instant()).trip();
        dispatcher.dispatch();

        List<RecordingReceiver.Received> got = at(path);
        assertThat(got.stream().map(r -> event(r).path("data").path("to").asString("")))
                .containsExactly("REQUESTED", "APPROVED", "SEAL_ASSIGNED", "READY_FOR_INSTALLATION", "INSTALLED");
        for (RecordingReceiver.Received r : got) {
            JsonNode e = event(r);
            assertThat(e.path("type").asString("")).isEqualTo("TRIP_STATE_CHANGED");
            assertThat(e.path("organisationId").asString("")).isEqualTo(w.companyId);
            assertThat(e.path("data").path("tripId").asString("")).isEqualTo(trip);
            assertThat(r.header("Idempotency-Key")).isEqualTo(e.path("id").asString(""));
            assertThat(r.header("X-Rantai-Event")).isEqualTo("TRIP_STATE_CHANGED");
            assertThat(r.header("X-Rantai-Signature")).isEqualTo(expectedSignature(r, secret));
        }
        assertThat(at(otherPath))
                .as("an organisation that is not party to the trip")
                .isEmpty();

        Response list = api.get(w.companyAdmin, "/api/v1/webhooks/" + endpoint + "/deliveries?limit=2")
                .expect(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("5");
        assertThat(list.header("Link")).contains("rel=\"next\"");
        assertThat((List<String>) list.json("$[*].status")).containsOnly("DELIVERED");
        Number newest = list.json("$[0].id");
        Response one = api.get(w.companyAdmin, "/api/v1/webhooks/" + endpoint + "/deliveries/" + newest)
                .expect(200);
        assertThat((List<Map<String, Object>>) one.json("$.attemptLog"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("attempt")).isEqualTo(1);
                    assertThat(a.get("statusCode")).isEqualTo(200);
                    assertThat(a.get("outcome")).isEqualTo("ACCEPTED");
                });
        assertThat(api.get(w.companyAdmin, "/api/v1/webhooks/" + endpoint + "/deliveries/" + newest + "/payload")
                        .expect(200)
                        .text())
                .isEqualTo(got.get(4).text());

        // Only the organisation's admin manages its endpoints; another organisation is told they do not exist.
        api.get(w.company, "/api/v1/webhooks").expectProblem(403);
        String otherAdmin = "exporter-admin-" + w.suffix;
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Admin","email":"%s","organisationId":"%s","roles":["ORG_ADMIN"]}""".formatted(
                                otherAdmin, Api.PASSWORD, World.email(otherAdmin), w.company2Id))
                .expect(201);
        api.get(otherAdmin, "/api/v1/webhooks/" + endpoint).expectProblem(404);
        api.get(otherAdmin, "/api/v1/webhooks/" + endpoint + "/deliveries").expectProblem(404);
        assertThat((List<Object>)
                        api.get(otherAdmin, "/api/v1/webhooks").expect(200).json("$"))
                .isEmpty();
        assertThat((List<String>)
                        api.get("admin", "/api/v1/webhooks").expect(200).json("$[*].id"))
                .contains(endpoint);
    }

    /**
     * Each kind reaches the organisations it concerns and no other: published here as their modules
     * publish them (each module's own suite shows when it does), in one transaction like theirs.
     */
    @Test
    void eachKindOfEventReachesTheOrganisationsItConcernsAndNoOther() {
        String providerAdmin = "provider-admin-" + w.suffix;
        String centreAdmin = "centre-admin-" + w.suffix;
        for (String[] admin :
                List.of(new String[] {providerAdmin, w.providerId}, new String[] {centreAdmin, w.trainingCentreId})) {
            api.post("admin", "/api/v1/users", """
                    {"username":"%s","password":"%s","fullName":"Admin","email":"%s","organisationId":"%s","roles":["ORG_ADMIN"]}""".formatted(admin[0], Api.PASSWORD, World.email(admin[0]), admin[1]))
                    .expect(201);
        }
        String company = "/hooks/" + w.suffix + "/kinds-company";
        String provider = "/hooks/" + w.suffix + "/kinds-provider";
        String centre = "/hooks/" + w.suffix + "/kinds-centre";
        register(
                w.companyAdmin,
                company,
                "\"ALERT_RAISED\",\"NORM_BREACHED\",\"DISRUPTION_REPORTED\",\"AEO_REVIEW_DECIDED\"");
        register(providerAdmin, provider, "\"ALERT_RAISED\",\"NORM_BREACHED\",\"DISRUPTION_REPORTED\"");
        register(centreAdmin, centre, "\"EXAM_RESULTS_PUBLISHED\"");

        UUID trip = UUID.randomUUID(), seal = UUID.randomUUID();
        UUID office = UUID.fromString(w.officeId), providerId = UUID.fromString(w.providerId);
        UUID companyId = UUID.fromString(w.companyId);
        Instant now = clock.instant();
        tx.executeWithoutResult(t -> {
            events.publishEvent(new AlertRaised(
                    UUID.randomUUID(),
                    trip,
                    seal,
                    AlertType.CORRIDOR_EXIT,
                    AlertSeverity.CRITICAL,
                    now,
                    -6.95,
                    110.42,
                    new TripParties(office, providerId, companyId)));
            events.publishEvent(
                    new NormBreached(UUID.randomUUID(), Norm.INSTALLATION, trip, trip, providerId, office, now, now));
            events.publishEvent(
                    new DisruptionReported(UUID.randomUUID(), trip, seal, providerId, office, "SEAL_DEVICE", now));
            events.publishEvent(new AssessmentDecided(UUID.randomUUID(), companyId, false, 1, now));
            events.publishEvent(new ExamResultsPublished(
                    UUID.randomUUID(),
                    UUID.fromString(w.trainingCentreId),
                    "SAK-" + w.suffix,
                    LocalDate.of(2026, 12, 1),
                    30,
                    21,
                    now));
        });
        dispatcher.dispatch();

        assertThat(at(company).stream().map(r -> event(r).path("type").asString("")))
                .as(
                        "the company hears of its trip's alert and its own review; norms and disruptions are the provider's")
                .containsExactly("ALERT_RAISED", "AEO_REVIEW_DECIDED");
        assertThat(at(provider).stream().map(r -> event(r).path("type").asString("")))
                .containsExactly("ALERT_RAISED", "NORM_BREACHED", "DISRUPTION_REPORTED");
        assertThat(at(centre)).singleElement().satisfies(r -> {
            JsonNode e = event(r);
            assertThat(e.path("type").asString("")).isEqualTo("EXAM_RESULTS_PUBLISHED");
            assertThat(e.path("data").path("passed").asInt()).isEqualTo(21);
        });
        JsonNode review = event(at(company).get(1));
        assertThat(review.path("data").path("decision").asString("")).isEqualTo("RETURNED");
    }

    @Test
    void anOutageIsRetriedWithBackOffAndARefusalHoldsTheTripsLaterEventsUntilRetried() {
        String path = "/hooks/" + w.suffix + "/outage";
        String endpoint =
                register(w.companyAdmin, path, "\"TRIP_STATE_CHANGED\"").json("$.endpoint.id");
        String deliveries = "/api/v1/webhooks/" + endpoint + "/deliveries";
        String trip = api.post(w.company, "/api/v1/trips", id.rantai.support.Fixtures.tripRequest(w))
                .expect(201)
                .id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);

        RECEIVER.answerNext(503, 503);
        dispatcher.dispatch();
        List<Map<String, Object>> first = api.get(w.companyAdmin, deliveries).json("$");
        assertThat(first).extracting(d -> d.get("status")).containsExactly("PENDING", "PENDING");
        assertThat(first).extracting(d -> d.get("attempts")).containsExactly(0, 1);
        assertThat(first.get(1).get("lastStatusCode")).isEqualTo(503);

        clock.advance(Duration.ofSeconds(29));
        dispatcher.dispatch();
        assertThat(at(path)).as("the first retry waits its 30 s").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch();
        assertThat(at(path)).hasSize(2);
        clock.advance(Duration.ofSeconds(60));
        dispatcher.dispatch();
        assertThat(at(path).stream().map(r -> event(r).path("data").path("to").asString("")))
                .containsExactly("REQUESTED", "REQUESTED", "REQUESTED", "APPROVED");
        long requested = ((Number) api.get(w.companyAdmin, deliveries).json("$[1].id")).longValue();
        assertThat((List<String>)
                        api.get(w.companyAdmin, deliveries + "/" + requested).json("$.attemptLog[*].outcome"))
                .containsExactly("TRY_AGAIN", "TRY_AGAIN", "ACCEPTED");

        // A refusal is not tried again: the trip's next event waits until the organisation retries it.
        RECEIVER.answerNext(400);
        api.post(w.officer, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"Dokumen salah\"}")
                .expect(200);
        dispatcher.dispatch();
        Map<String, Object> refused =
                api.get(w.companyAdmin, deliveries + "?status=FAILED").json("$[0]");
        assertThat(refused.get("lastStatusCode")).isEqualTo(400);
        long refusedId = ((Number) refused.get("id")).longValue();
        api.post(w.companyAdmin, deliveries + "/" + (requested) + "/retry").expectProblem(409);
        api.post(w.companyAdmin, deliveries + "/" + refusedId + "/retry").expect(200);
        dispatcher.dispatch();
        assertThat((List<Integer>)
                        api.get(w.companyAdmin, deliveries + "/" + refusedId).json("$.attemptLog[*].attempt"))
                .as("the log keeps counting after a retry")
                .containsExactly(1, 2);
        assertThat((String)
                        api.get(w.companyAdmin, deliveries + "/" + refusedId).json("$.status"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void badEndpointsAreRefusedNamingTheFieldAndAnEndpointCanBeTestedSwitchedOffRotatedAndRemoved() {
        String webhooks = "/api/v1/webhooks";
        api.post(w.companyAdmin, webhooks, """
                {"url":"ftp://files.example.co.id/in","eventKinds":["TRIP_STATE_CHANGED"]}""").expectProblem(400, "url");
        api.post(w.companyAdmin, webhooks, """
                {"url":"http://user:secret@tms.example.co.id/in","eventKinds":["TRIP_STATE_CHANGED"]}""").expectProblem(400, "url");
        api.post(w.companyAdmin, webhooks, """
                {"url":"https://tms.example.co.id/in","eventKinds":[]}""").expectProblem(400, "eventKinds");
        api.post(w.companyAdmin, webhooks, """
                {"url":"https://tms.example.co.id/in","eventKinds":["EXAM_RESULTS_PUBLISHED"]}""").expectProblem(400, "eventKinds");
        api.post(w.companyAdmin, webhooks, """
                {"url":"https://tms.example.co.id/in","eventKinds":["NO_SUCH_KIND"]}""").expectProblem(400, "eventKinds[0]");
        api.post("admin", webhooks, """
                {"url":"https://tms.example.co.id/in","eventKinds":["TRIP_STATE_CHANGED"]}""").expectProblem(400, "organisationId");
        api.post(w.company, webhooks, """
                {"url":"https://tms.example.co.id/in","eventKinds":["TRIP_STATE_CHANGED"]}""").expectProblem(403);

        String path = "/hooks/" + w.suffix + "/life";
        Response registered = register(w.companyAdmin, path, "\"TRIP_STATE_CHANGED\"");
        String endpoint = registered.json("$.endpoint.id");
        Response ping =
                api.post(w.companyAdmin, webhooks + "/" + endpoint + "/ping").expect(202);
        assertThat(ping.header("Location")).endsWith(webhooks + "/" + endpoint + "/deliveries/" + ping.json("$.id"));
        dispatcher.dispatch();
        assertThat(at(path))
                .singleElement()
                .satisfies(r -> assertThat(event(r).path("type").asString("")).isEqualTo("PING"));

        // Switched off: what waits is set aside (to be retried once it is on again), and nothing new is queued.
        api.post(w.company, "/api/v1/trips", id.rantai.support.Fixtures.tripRequest(w))
                .expect(201);
        api.put(w.companyAdmin, webhooks + "/" + endpoint, """
                {"url":"%s","eventKinds":["TRIP_STATE_CHANGED"],"active":false}""".formatted(RECEIVER.url(path)))
                .expect(200);
        assertThat((String) api.get(w.companyAdmin, webhooks + "/" + endpoint + "/deliveries")
                        .json("$[0].lastError"))
                .isEqualTo("endpoint switched off");
        api.post(w.company, "/api/v1/trips", id.rantai.support.Fixtures.tripRequest(w))
                .expect(201);
        assertThat(api.get(w.companyAdmin, webhooks + "/" + endpoint + "/deliveries")
                        .header("X-Total-Count"))
                .isEqualTo("2");
        api.post(w.companyAdmin, webhooks + "/" + endpoint + "/ping").expectProblem(409);

        String rotated = api.post(w.companyAdmin, webhooks + "/" + endpoint + "/secret")
                .expect(200)
                .json("$.signingSecret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(registered.json("$.signingSecret"));
        api.delete(w.companyAdmin, webhooks + "/" + endpoint).expect(204);
        api.get(w.companyAdmin, webhooks + "/" + endpoint).expectProblem(404);
    }
}
