package id.rantai.eseal;

import static id.rantai.support.Fixtures.jpeg;
import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.eseal.skp.SkpDispatcher;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.RecordingReceiver;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trip events and installation photos delivered to customs' service system (SKP, here a recording
 * HTTP receiver): in each trip's order, signed, once; through an outage with back-off; and a refusal
 * held for a customs officer. Run on H2 and on PostgreSQL.
 */
abstract class SkpScenarios {
    static final RecordingReceiver SKP = RecordingReceiver.start();
    static final String SECRET = "skp-signing-secret";
    static final id.rantai.support.Smtp SMTP = id.rantai.support.Smtp.start();

    @DynamicPropertySource
    static void skp(DynamicPropertyRegistry r) {
        SMTP.register(r);
        r.add("rantai.skp.endpoint", SKP::url);
        r.add("rantai.skp.api-key", () -> "skp-api-key");
        r.add("rantai.skp.signing-secret", () -> SECRET);
        r.add("rantai.skp.dispatch-interval", () -> "PT1H");
        // No jitter: the scenario checks each retry waits its full back-off and not a second less.
        r.add("rantai.skp.jitter", () -> "0");
        // As the SOP words it: installation and removal photos are due at SKP, not just uploaded.
        r.add("rantai.norms.documentation-met-on", () -> "SKP_DELIVERY");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    SkpDispatcher dispatcher;

    @Autowired
    id.rantai.notification.internal.MailOutbox outbox;

    @Autowired
    id.rantai.eseal.norm.NormWatcher watcher;

    final JsonMapper json = JsonMapper.builder().build();
    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    /** What SKP received about one trip, oldest first: the event JSON of each request. */
    List<JsonNode> eventsOf(String trip) {
        return SKP.received().stream()
                .map(this::event)
                .filter(e -> e.path("trip").path("id").asString("").equals(trip))
                .toList();
    }

    JsonNode event(RecordingReceiver.Received r) {
        String text = r.text();
        if (r.header("Content-Type").startsWith("multipart/")) {
            int start = text.indexOf("\r\n\r\n") + 4;
            text = text.substring(start, text.indexOf("\r\n--", start));
        }
        return json.readTree(text);
    }

    String photo(String trip) {
        return api.upload(
                        w.provider,
                        "/api/v1/trips/" + trip + "/documents",
                        Map.of(
                                "step",
                                "INSTALLATION",
                                "takenAt",
                                clock.instant().toString()),
                        "seal.jpg",
                        "image/jpeg",
                        jpeg())
                .expect(201)
                .id();
    }

    @Test
    void tripEventsAndPhotosReachSkpInTheTripsOrderSignedAndOnce() throws Exception {
        var trip = w.installedTrip("SKP-" + w.suffix, clock.instant()).trip();
        String document = photo(trip);
        dispatcher.dispatch();
        dispatcher.dispatch();

        List<JsonNode> events = eventsOf(trip);
        assertThat(events.stream()
                        .map(e ->
                                e.path("type").asString("") + ":" + e.path("to").asString("")))
                .containsExactly(
                        "TRIP_STATE_CHANGED:REQUESTED",
                        "TRIP_STATE_CHANGED:APPROVED",
                        "TRIP_STATE_CHANGED:SEAL_ASSIGNED",
                        "TRIP_STATE_CHANGED:READY_FOR_INSTALLATION",
                        "TRIP_STATE_CHANGED:INSTALLED",
                        "DOCUMENT_UPLOADED:");
        JsonNode installed = events.get(4);
        assertThat(installed.path("from").asString("")).isEqualTo("READY_FOR_INSTALLATION");
        assertThat(installed.path("trip").path("containerNumber").asString("")).isNotBlank();
        assertThat(installed.path("trip").path("sealSerialNumber").asString("")).isEqualTo("SKP-" + w.suffix);
        assertThat(installed.path("trip").path("customsOfficeCode").asString(""))
                .isEqualTo("TE-" + w.suffix);
        assertThat(installed
                        .path("trip")
                        .path("approvalDocument")
                        .path("number")
                        .asString(""))
                .isNotBlank();
        assertThat(events.get(5).path("document").path("id").asString("")).isEqualTo(document);
        assertThat(events.get(5).path("document").path("step").asString("")).isEqualTo("INSTALLATION");

        RecordingReceiver.Received photo = SKP.received().stream()
                .filter(r -> event(r).path("document").path("id").asString("").equals(document))
                .findFirst()
                .orElseThrow();
        assertThat(photo.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(indexOf(photo.body(), jpeg()))
                .as("the photo's bytes, unchanged")
                .isPositive();
        for (RecordingReceiver.Received r : SKP.received().stream()
                .filter(r -> event(r).path("trip").path("id").asString("").equals(trip))
                .toList()) {
            assertThat(r.header("Authorization")).isEqualTo("Bearer skp-api-key");
            assertThat(r.header("Idempotency-Key"))
                    .isEqualTo(event(r).path("eventId").asString(""));
            assertThat(r.header("X-Rantai-Signature")).isEqualTo(expectedSignature(r));
        }

        List<Map<String, Object>> deliveries = api.get(w.company, "/api/v1/trips/" + trip + "/skp-deliveries")
                .expect(200)
                .json("$");
        assertThat(deliveries).hasSize(6).allSatisfy(d -> {
            assertThat(d.get("status")).isEqualTo("DELIVERED");
            assertThat((String) d.get("skpReference")).startsWith("SKP-");
        });
        assertThat((List<Object>) api.get(w.provider, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$"))
                .hasSize(6);
        api.get(w.company2, "/api/v1/trips/" + trip + "/skp-deliveries").expectProblem(404);
    }

    /** The platform administrator's job list: the SKP queue beside the others, a refused delivery on it, retried there. */
    @Test
    void aRefusedDeliveryStandsOnTheAdministratorsJobListAndIsRetriedThere() {
        String trip = api.post(w.company, "/api/v1/trips", id.rantai.support.Fixtures.tripRequest(w))
                .expect(201)
                .id();
        SKP.answerNext(400);
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        dispatcher.dispatch();
        long refused = ((Number) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[0].id"))
                .longValue();

        Response board = api.get("admin", "/api/v1/admin/jobs").expect(200);
        assertThat((List<String>) board.json("$[*].kind"))
                .containsExactly("certificate-import", "employee-import", "mail", "skp", "webhook");
        assertThat((List<Integer>) board.json("$[?(@.kind == 'skp')].counts.failed"))
                .singleElement()
                .satisfies(n -> assertThat(n).isPositive());
        List<Map<String, Object>> failed =
                board.json("$[?(@.kind == 'skp')].needingAttention[?(@.id == '" + refused + "')]");
        assertThat(failed).singleElement().satisfies(j -> {
            assertThat(j.get("state")).isEqualTo("FAILED");
            assertThat(j.get("retryable")).isEqualTo(true);
            assertThat(j.get("attempts")).isEqualTo(1);
            assertThat((String) j.get("lastError")).contains("400");
        });
        api.get(w.officer, "/api/v1/admin/jobs").expectProblem(403);
        api.post(w.officer, "/api/v1/admin/jobs/skp/" + refused + "/retry").expectProblem(403);
        api.post("admin", "/api/v1/admin/jobs/nothing/" + refused + "/retry").expectProblem(404);
        api.post("admin", "/api/v1/admin/jobs/skp/not-a-number/retry").expectProblem(409);

        api.post("admin", "/api/v1/admin/jobs/skp/" + refused + "/retry").expect(204);
        api.post("admin", "/api/v1/admin/jobs/skp/" + refused + "/retry").expectProblem(409);
        assertThat((String) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[0].status"))
                .isEqualTo("PENDING");
        assertThat((List<Object>) api.get("admin", "/api/v1/admin/jobs")
                        .json("$[?(@.kind == 'skp')].needingAttention[?(@.id == '" + refused + "')]"))
                .as("queued again with a fresh count: nothing to look at")
                .isEmpty();
        dispatcher.dispatch();
        assertThat((String) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[0].status"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void anOutageDelaysATripsEventsInOrderAndARefusalWaitsForACustomsOfficer() {
        String trip = api.post(w.company, "/api/v1/trips", id.rantai.support.Fixtures.tripRequest(w))
                .expect(201)
                .id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        SKP.answerNext(503, 503);
        dispatcher.dispatch();
        List<Map<String, Object>> first =
                api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries").json("$");
        assertThat(first).extracting(d -> d.get("status")).containsExactly("PENDING", "PENDING");
        assertThat(first.get(0).get("attempts")).isEqualTo(1);
        assertThat(first.get(0).get("lastStatusCode")).isEqualTo(503);
        assertThat(first.get(1).get("attempts"))
                .as("waits behind the trip's earlier event")
                .isEqualTo(0);
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatch();
        clock.advance(Duration.ofSeconds(59));
        dispatcher.dispatch();
        assertThat((List<Integer>) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[*].attempts"))
                .as("the second retry waits 60 s")
                .containsExactly(2, 0);
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch();
        assertThat((List<String>) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[*].status"))
                .containsExactly("DELIVERED", "DELIVERED");
        List<String> keys = SKP.received().stream()
                .filter(r -> event(r).path("trip").path("id").asString("").equals(trip))
                .map(r -> r.header("Idempotency-Key"))
                .toList();
        assertThat(keys).hasSize(4);
        assertThat(keys.subList(0, 3)).as("the same event three times").containsOnly(keys.get(0));

        // SKP refuses the next event as malformed: it waits for an officer, and so does the trip's next one.
        SKP.answerNext(400);
        String seal = w.seal(w.provider);
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expect(200);
        api.post(w.company, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"jadwal kapal berubah\"}")
                .expect(200);
        dispatcher.dispatch();
        List<Map<String, Object>> held =
                api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries").json("$");
        Map<String, Object> refused = held.get(2);
        assertThat(refused.get("status")).isEqualTo("FAILED");
        assertThat(refused.get("lastStatusCode")).isEqualTo(400);
        long refusedId = ((Number) refused.get("id")).longValue();
        outbox.dispatch();
        assertThat(SMTP.to(World.email(w.officer)).stream().map(id.rantai.support.Smtp::subject))
                .containsExactly("Pengiriman ke SKP gagal: Perubahan status perjalanan, perjalanan "
                        + api.get(w.officer, "/api/v1/trips/" + trip).json("$.reference")
                        + " / SKP delivery failed: Trip state change, trip "
                        + api.get(w.officer, "/api/v1/trips/" + trip).json("$.reference"));
        assertThat(SMTP.to(World.email(w.officer2))).isEmpty();
        assertThat((List<Integer>) api.get(w.officer, "/api/v1/skp/deliveries?status=FAILED")
                        .json("$[*].id"))
                .contains((int) refusedId);
        assertThat((List<Integer>) api.get(w.officer2, "/api/v1/skp/deliveries?status=FAILED")
                        .json("$[*].id"))
                .doesNotContain((int) refusedId);
        api.get(w.company, "/api/v1/skp/deliveries").expectProblem(403);
        api.get(w.officer, "/api/v1/skp/deliveries?limit=0").expectProblem(400, "limit");
        api.post(w.company, "/api/v1/skp/deliveries/" + refusedId + "/retry").expectProblem(403);
        api.post(w.officer2, "/api/v1/skp/deliveries/" + refusedId + "/retry").expectProblem(404);
        api.post(w.officer, "/api/v1/skp/deliveries/" + refusedId + "/retry").expect(200);
        api.post(w.officer, "/api/v1/skp/deliveries/" + refusedId + "/retry").expectProblem(409);
        dispatcher.dispatch();
        assertThat((List<String>) api.get(w.officer, "/api/v1/trips/" + trip + "/skp-deliveries")
                        .json("$[*].status"))
                .containsOnly("DELIVERED");
    }

    @Test
    void thePhotoNormIsMetWhenSkpHasThePhotoSoAnOutageCanBreachIt() {
        String onTime = w.installedTrip("SKP-A-" + w.suffix, clock.instant()).trip();
        String heldUp = w.installedTrip("SKP-B-" + w.suffix, clock.instant()).trip();
        dispatcher.dispatch();
        photo(onTime);
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatch();
        assertThat(photoNorm(onTime)).containsEntry("outcome", "MET");

        // Uploaded at once, but SKP is down for the next quarter of an hour.
        photo(heldUp);
        SKP.answerNext(503, 503, 503);
        dispatcher.dispatch();
        assertThat(photoNorm(heldUp)).as("uploaded, not yet at SKP").containsEntry("outcome", "PENDING");
        clock.advance(Duration.ofMinutes(11));
        watcher.sweep();
        assertThat(photoNorm(heldUp)).containsEntry("outcome", "BREACHED");
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(5));
            dispatcher.dispatch();
        }
        assertThat((List<String>) api.get(w.officer, "/api/v1/trips/" + heldUp + "/skp-deliveries")
                        .json("$[*].status"))
                .containsOnly("DELIVERED");
        Map<String, Object> late = photoNorm(heldUp);
        assertThat(late).containsEntry("outcome", "BREACHED");
        assertThat(late.get("completedAt"))
                .as("completed when SKP took it, late")
                .isNotNull();
    }

    private Map<String, Object> photoNorm(String trip) {
        List<Map<String, Object>> norms = api.get(w.company, "/api/v1/trips/" + trip + "/norms")
                .expect(200)
                .json("$[?(@.norm == 'INSTALLATION_PHOTOS')]");
        assertThat(norms).hasSize(1);
        return norms.get(0);
    }

    private static String expectedSignature(RecordingReceiver.Received r) throws Exception {
        String header = r.header("X-Rantai-Signature");
        String timestamp = header.substring(2, header.indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(r.body()));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
