package id.rantai.eseal;

import static id.rantai.support.Fixtures.png;
import static id.rantai.support.Fixtures.routePlan;
import static id.rantai.support.Fixtures.tripRequest;
import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input is refused with RFC 9457 problem+json that names the field, and nothing is half-stored. */
@ApiTest
class BadInputTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    @Test
    void requestWithWrongContainerCheckDigitIsRefused() {
        Response r = api.post(w.company, "/api/v1/trips", tripRequest(w).replace("CSQU3054383", "CSQU3054384"))
                .expectProblem(400, "containerNumber");
        assertThat((String) r.json("$.detail")).contains("digit pemeriksa seharusnya");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("CSQU3054383", "CSQ3054383"))
                .expectProblem(400, "containerNumber");
        assertThat(api.get(w.company, "/api/v1/trips").text()).isEqualTo("[]");
    }

    @Test
    void requestWithoutItsApprovalDocumentIsRefused() {
        String body = """
                {"containerNumber":"CSQU3054383","providerId":"%s"}""".formatted(w.providerId);
        Response r = api.post(w.company, "/api/v1/trips", body).expectProblem(400, "legalBasis");
        assertThat((String) r.json("$.detail")).contains("BC 1.2");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("BC_1_2", "SURAT_SAKTI"))
                .expectProblem(400, "legalBasis.documentType");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("000123/KPPBC.TE/2026", " "))
                .expectProblem(400, "legalBasis.number");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("2026-11-23", "2026-12-25"))
                .expectProblem(400, "legalBasis.date");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("2026-11-23", "2026-13-45"))
                .expectProblem(400, "legalBasis.date");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace(w.providerId, w.company2Id))
                .expectProblem(400, "providerId");
        api.post(w.company, "/api/v1/trips", "{not json").expectProblem(400, "body");
    }

    @Test
    void officeSpecificDocumentTypesAreAcceptedOnlyAtTheirOffice() {
        api.post(w.officer, "/api/v1/approval-document-types", "{\"code\":\"SPPB_LOKAL\",\"name\":\"Izin lokal\"}")
                .expect(201);
        api.post(w.officer, "/api/v1/approval-document-types", "{\"code\":\"SPPB_LOKAL\",\"name\":\"Lagi\"}")
                .expectProblem(400, "code");
        api.post(w.company, "/api/v1/approval-document-types", "{\"code\":\"X_Y\",\"name\":\"x\"}")
                .expectProblem(403);
        assertThat(api.get(w.company, "/api/v1/approval-document-types").text())
                .contains("SPPB_LOKAL", "PLP", "IZIN_TIMBUN");
        api.post(w.company, "/api/v1/trips", tripRequest(w).replace("BC_1_2", "SPPB_LOKAL"))
                .expect(201);
        api.post(w.company2, "/api/v1/trips", tripRequest(w).replace("BC_1_2", "SPPB_LOKAL"))
                .expectProblem(400, "legalBasis.documentType");
    }

    @Test
    void wrongTypesAndOverlongTextsAreRefusedNamingTheFieldNeverWithA500() {
        String request = tripRequest(w);
        // A number is neither a text nor a date.
        api.post(w.company, "/api/v1/trips", request.replace("\"2026-11-23\"", "12345"))
                .expectProblem(400, "legalBasis.date");
        api.post(w.company, "/api/v1/trips", request.replace("\"000123/KPPBC.TE/2026\"", "12345"))
                .expectProblem(400, "legalBasis.number");
        api.post(w.provider, "/api/v1/seals", "{\"serialNumber\":12345,\"model\":\"JT701\"}")
                .expectProblem(400, "serialNumber");
        // A field the body does not have is refused, not dropped without a word.
        var unknown = api.post(w.company, "/api/v1/trips", request.replace("\"providerId\"", "\"providerID\""))
                .expectProblem(400, "providerID");
        assertThat((String) unknown.json("$.detail"))
                .isEqualTo("providerID bukan kolom yang dikenal pada permintaan ini");
        // Texts longer than their column are refused before the database sees them.
        String huge = "x".repeat(300_000);
        api.post(w.company, "/api/v1/trips", request.replace("000123/KPPBC.TE/2026", huge))
                .expectProblem(400, "legalBasis.number");
        api.post(w.company, "/api/v1/trips", request.replace("KPPBC TMP Tanjung Emas", huge))
                .expectProblem(400, "legalBasis.issuingOffice");
        String trip = api.post(w.company, "/api/v1/trips", request).expect(201).id();
        api.put(
                        w.company,
                        "/api/v1/trips/" + trip + "/route-plan",
                        routePlan().replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + "y".repeat(1_000_000) + "\""))
                .expectProblem(400, "origin.name");
    }

    @Test
    void malformedOrMisplacedRoutePlansAreRefused() {
        String trip =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        String path = "/api/v1/trips/" + trip + "/route-plan";
        String plan = routePlan();
        api.put(w.company, path, plan.replace("\"type\":\"LineString\"", "\"type\":\"Point\""))
                .expectProblem(400, "route.type");
        api.put(w.company, path, plan.replace("[110.3900,-6.9600]", "[110.3900,-96.9600]"))
                .expectProblem(400, "route.coordinates[2]");
        api.put(w.company, path, plan.replace("[110.3900,-6.9600]", "[110.3900]"))
                .expectProblem(400, "route.coordinates[2]");
        api.put(w.company, path, plan.replace("""
                [[110.4250,-6.9460],[110.4100,-6.9520],
                          [110.3900,-6.9600],[110.3750,-6.9650],[110.3600,-6.9700]]""", "[[110.4250,-6.9460]]")).expectProblem(400, "route.coordinates");
        api.put(
                        w.company,
                        path,
                        plan.replace(
                                "[110.3560,-6.9660],[110.3560,-6.9740]]]", "[110.3560,-6.9660],[110.3561,-6.9741]]]"))
                .expectProblem(400, "destination.geofence.coordinates[0]");
        api.put(w.company, path, plan.replace(",\"radius\":800", "")).expectProblem(400, "origin.geofence.radius");
        api.put(w.company, path, plan.replace("\"type\":\"Circle\"", "\"type\":\"Triangle\""))
                .expectProblem(400, "origin.geofence.type");
        // A bow-tie polygon is not a valid area.
        String bowTie = plan.replace("[110.3640,-6.9740],", "@@")
                .replace("[110.3640,-6.9660],", "[110.3640,-6.9740],")
                .replace("@@", "[110.3640,-6.9660],");
        api.put(w.company, path, bowTie).expectProblem(400, "destination.geofence");
        // Starts 2 km from the port; ends outside the warehouse.
        api.put(w.company, path, plan.replace("[[110.4250,-6.9460],[110.4100", "[[110.4450,-6.9460],[110.4100"))
                .expectProblem(400, "route");
        api.put(w.company, path, plan.replace("[110.3600,-6.9700]]}", "[110.3500,-6.9800]]}"))
                .expectProblem(400, "route");
        // Origin and destination the same place.
        api.put(
                        w.company,
                        path,
                        plan.replace(
                                "\"coordinates\":[110.4250,-6.9460],\"radius\":800",
                                "\"coordinates\":[110.3600,-6.9700],\"radius\":800"))
                .expectProblem(400, "destination.geofence");
        api.put(w.company, path, plan.replace("\"corridorWidthMeters\":500", "\"corridorWidthMeters\":5"))
                .expectProblem(400, "corridorWidthMeters");
        api.put(w.company, path, plan.replace("\"expectedSpeedKmh\":30", "\"eta\":\"2026-11-24T02:00:00Z\""))
                .expectProblem(400, "eta");
        api.put(w.company, path, plan.replace(",\"expectedSpeedKmh\":30", "")).expectProblem(400, "eta");
        api.put(w.company, path, plan.replace("\"expectedSpeedKmh\":30", "\"expectedSpeedKmh\":900"))
                .expectProblem(400, "expectedSpeedKmh");
        api.get(w.company, path).expectProblem(404);
        api.put(w.company, path, plan).expect(200);
    }

    @Test
    void nonImagesAndOversizedUploadsAreRefused() {
        String trip = readyTrip();
        String path = "/api/v1/trips/" + trip + "/documents";
        Map<String, String> fields = new HashMap<>(
                Map.of("step", "INSTALLATION", "takenAt", clock.instant().toString()));
        byte[] text = "not a photo at all".getBytes(StandardCharsets.UTF_8);
        api.upload(w.provider, path, fields, "fake.png", "image/png", text).expectProblem(400, "file");
        byte[] pdf = "%PDF-1.7 something".getBytes(StandardCharsets.UTF_8);
        api.upload(w.provider, path, fields, "a.pdf", "application/pdf", pdf).expectProblem(400, "file");
        byte[] big = Arrays.copyOf(png(), 10 * 1024 * 1024 + 1);
        api.upload(w.provider, path, fields, "big.png", "image/png", big).expectProblem(413, "file");
        byte[] huge = Arrays.copyOf(png(), 13 * 1024 * 1024);
        api.upload(w.provider, path, fields, "huge.png", "image/png", huge).expectProblem(413, "file");
        api.upload(w.provider, path, fields, null, null, null).expectProblem(400, "file");
        api.upload(w.provider, path, Map.of("step", "INSTALLATION"), "a.png", "image/png", png())
                .expectProblem(400, "takenAt");
        api.upload(
                        w.provider,
                        path,
                        Map.of("step", "INSTALLATION", "takenAt", "yesterday"),
                        "a.png",
                        "image/png",
                        png())
                .expectProblem(400, "takenAt");
        api.upload(
                        w.provider,
                        path,
                        Map.of(
                                "step",
                                "INSTALLATION",
                                "takenAt",
                                clock.instant().plus(Duration.ofHours(1)).toString()),
                        "a.png",
                        "image/png",
                        png())
                .expectProblem(400, "takenAt");
        api.upload(w.provider, path, Map.of("takenAt", clock.instant().toString()), "a.png", "image/png", png())
                .expectProblem(400, "step");
        api.upload(
                        w.provider,
                        path,
                        Map.of(
                                "step",
                                "INSTALLATION",
                                "takenAt",
                                clock.instant().toString(),
                                "latitude",
                                "-6.9"),
                        "a.png",
                        "image/png",
                        png())
                .expectProblem(400, "longitude");
        api.upload(
                        w.provider,
                        path,
                        Map.of("step", "REMOVAL", "takenAt", clock.instant().toString()),
                        "a.png",
                        "image/png",
                        png())
                .expectProblem(409);
        assertThat(api.get(w.provider, path).expect(200).text()).isEqualTo("[]");
    }

    @Test
    void illegalTransitionsNameTheCurrentState() {
        String trip =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        String seal = w.seal(w.provider);
        Response r = api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expectProblem(409);
        assertThat((String) r.json("$.currentState")).isEqualTo("REQUESTED");
        // The detail names the states in the reader's language; currentState keeps the code for clients.
        assertThat((String) r.json("$.detail"))
                .contains("berstatus Diajukan dan tidak dapat menjadi Segel ditetapkan", "Disetujui");
        Response english = api.send(api.request(w.provider, "/api/v1/trips/" + trip + "/assign-seal")
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"sealId\":\"" + seal + "\"}")))
                .expectProblem(409);
        assertThat((String) english.json("$.detail")).contains("is Requested and cannot become Seal assigned");
        assertThat((String) english.json("$.title")).isEqualTo("Not possible in this state");
        api.post(w.officer, "/api/v1/trips/" + trip + "/reject", "{}").expectProblem(400, "reason");
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expectProblem(409);
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{}").expectProblem(400, "sealId");
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expect(200);
        // No route plan yet.
        api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation")
                .expectProblem(409);
        // The same seal cannot go on a second trip.
        String second =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        api.post(w.officer, "/api/v1/trips/" + second + "/approve").expect(200);
        api.post(w.provider, "/api/v1/trips/" + second + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expectProblem(400, "sealId");
        api.post(w.provider, "/api/v1/seals/" + seal + "/status", "{\"status\":\"RETIRED\"}")
                .expectProblem(409);
        api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan()).expect(200);
        api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation")
                .expect(200);
        w.inspect(w.company, trip);
        api.post(w.provider, "/api/v1/trips/" + trip + "/install").expect(200);
        api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan()).expectProblem(409);
        api.post(w.company, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"x\"}")
                .expectProblem(409);
        api.post(w.officer, "/api/v1/trips/" + trip + "/close").expectProblem(409);
    }

    @Test
    void unknownIdsAndMalformedParametersAreAnswered() {
        api.get(w.company, "/api/v1/trips/00000000-0000-0000-0000-000000000000").expectProblem(404);
        api.get(w.company, "/api/v1/trips/not-a-uuid").expectProblem(400, "id");
        api.get(w.company, "/api/v1/trips?limit=1001").expectProblem(400, "limit");
        api.get(w.company, "/api/v1/trips?offset=-1").expectProblem(400, "offset");
        // A misspelt filter is refused, not ignored (which would list everything).
        Response misspelt = api.get(w.company, "/api/v1/trips?stat=APPROVED").expectProblem(400, "stat");
        assertThat((String) misspelt.json("$.detail")).contains("containerNumber", "limit", "offset", "state");
        api.get(w.company, "/api/v1/trips?state=APPROVED&limit=5").expect(200);
        api.get(w.company, "/api/v1/trips?state=FLYING").expectProblem(400, "state");
        api.get(w.company, "/api/v1/trips?containerNumber=CSQU3054384").expectProblem(400, "containerNumber");
        api.get(w.officer, "/api/v1/norms/report?from=2026-11-30&to=2026-11-01").expectProblem(400, "to");
        api.post(w.provider, "/api/v1/seals", "{\"serialNumber\":\"DUP-" + w.suffix + "\",\"model\":\"m\"}")
                .expect(201);
        api.post(w.provider, "/api/v1/seals", "{\"serialNumber\":\"DUP-" + w.suffix + "\",\"model\":\"m\"}")
                .expectProblem(400, "serialNumber");
        api.post(w.provider, "/api/v1/seals", "{\"serialNumber\":\"x\"}").expectProblem(400, "model");
        api.post(w.provider, "/api/v1/disruptions", "{\"category\":\"OTHER\",\"description\":\"x\"}")
                .expectProblem(400, "tripId");
        api.post(
                        "admin",
                        "/api/v1/users",
                        TenancyScenarios.user("short-" + w.suffix, w.companyId, "SERVICE_USER_STAFF")
                                .replace("password-123", "short"))
                .expectProblem(400, "password");
        api.post(
                        "admin",
                        "/api/v1/users",
                        TenancyScenarios.user("wrongrole-" + w.suffix, w.companyId, "CUSTOMS_OFFICER"))
                .expectProblem(400, "roles");
        api.post(
                        "admin",
                        "/api/v1/organisations",
                        "{\"name\":\"X\",\"kind\":\"SERVICE_USER\",\"businessRoles\":[\"IMPORTER\"]}")
                .expectProblem(400, "customsOfficeId");
    }

    String readyTrip() {
        String trip =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        String seal = w.seal(w.provider);
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expect(200);
        api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan()).expect(200);
        api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation")
                .expect(200);
        return trip;
    }
}
