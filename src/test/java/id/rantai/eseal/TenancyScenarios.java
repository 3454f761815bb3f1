package id.rantai.eseal;

import static id.rantai.support.Fixtures.png;
import static id.rantai.support.Fixtures.routePlan;
import static id.rantai.support.Fixtures.tripRequest;
import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every tenancy rule, each tried from the wrong side: another company, another office, another
 * provider, the wrong role. Reads of other tenants' things answer 404 (their existence is not
 * disclosed); acts on visible things by the wrong role answer 403.
 */
abstract class TenancyScenarios {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    World w;
    String trip;
    String seal;
    String document;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
        trip = api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        api.post(w.officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        seal = w.seal(w.provider);
        api.post(w.provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + seal + "\"}")
                .expect(200);
        api.put(w.company, "/api/v1/trips/" + trip + "/route-plan", routePlan()).expect(200);
        api.post(w.provider, "/api/v1/trips/" + trip + "/ready-for-installation")
                .expect(200);
        document = api.upload(
                        w.provider,
                        "/api/v1/trips/" + trip + "/documents",
                        Map.of(
                                "step",
                                "INSTALLATION",
                                "takenAt",
                                clock.instant().toString()),
                        "a.png",
                        "image/png",
                        png())
                .expect(201)
                .id();
    }

    @Test
    void anotherCompanyCannotSeeOrTouchTheTrip() {
        for (String path : List.of(
                "",
                "/history",
                "/route-plan",
                "/documents",
                "/documents/" + document + "/content",
                "/norms",
                "/audit")) {
            api.get(w.company2, "/api/v1/trips/" + trip + path).expectProblem(404);
        }
        api.put(w.company2, "/api/v1/trips/" + trip + "/route-plan", routePlan())
                .expectProblem(404);
        api.post(w.company2, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"x\"}")
                .expectProblem(404);
        api.upload(
                        w.company2,
                        "/api/v1/trips/" + trip + "/documents",
                        Map.of(
                                "step",
                                "INSTALLATION",
                                "takenAt",
                                clock.instant().toString()),
                        "a.png",
                        "image/png",
                        png())
                .expectProblem(404);
        api.post(
                        w.company2,
                        "/api/v1/disruptions",
                        "{\"tripId\":\"" + trip + "\",\"category\":\"OTHER\",\"description\":\"x\"}")
                .expectProblem(404);
        assertThat(api.get(w.company2, "/api/v1/trips").expect(200).text()).doesNotContain(trip);
        assertThat(api.get(w.company, "/api/v1/trips").expect(200).text()).contains(trip);
    }

    @Test
    void customsOfficersSeeOnlyTheirOwnOffice() {
        api.get(w.officer2, "/api/v1/trips/" + trip).expectProblem(404);
        api.post(w.officer2, "/api/v1/trips/" + trip + "/cancel", "{\"reason\":\"x\"}")
                .expectProblem(404);
        assertThat(api.get(w.officer2, "/api/v1/trips").expect(200).text()).doesNotContain(trip);
        assertThat(api.get(w.officer, "/api/v1/trips").expect(200).text()).contains(trip);
        api.get(w.officer, "/api/v1/trips/" + trip + "/documents/" + document + "/content")
                .expect(200);
        api.get(w.officer, "/api/v1/norms/report?from=2026-11-01&to=2026-11-30&officeId=" + w.office2Id)
                .expectProblem(403);
    }

    @Test
    void providersSeeOnlyTripsThatUseTheirSeals() {
        api.get(w.provider2, "/api/v1/trips/" + trip).expectProblem(404);
        api.post(w.provider2, "/api/v1/trips/" + trip + "/install").expectProblem(404);
        assertThat(api.get(w.provider2, "/api/v1/trips").expect(200).text()).doesNotContain(trip);
        api.get(w.provider2, "/api/v1/seals/" + seal).expectProblem(404);
        assertThat(api.get(w.provider2, "/api/v1/seals").expect(200).text()).doesNotContain(seal);
        api.post(w.provider2, "/api/v1/seals/" + seal + "/status", "{\"status\":\"FAULTY\"}")
                .expectProblem(404);
        api.get(w.provider, "/api/v1/trips/" + trip).expect(200);
    }

    @Test
    void eachStepBelongsToItsParty() {
        api.post(w.company, "/api/v1/trips/" + trip + "/install").expectProblem(403);
        api.post(w.officer, "/api/v1/trips/" + trip + "/install").expectProblem(403);
        api.put(w.provider, "/api/v1/trips/" + trip + "/route-plan", routePlan())
                .expectProblem(403);
        String other =
                api.post(w.company, "/api/v1/trips", tripRequest(w)).expect(201).id();
        api.post(w.company, "/api/v1/trips/" + other + "/approve").expectProblem(403);
        api.post(w.provider, "/api/v1/trips/" + other + "/approve").expectProblem(403);
        api.post(w.provider, "/api/v1/trips", tripRequest(w)).expectProblem(403);
        api.get(w.company, "/api/v1/seals").expectProblem(403);
        // A serial number is one device's, so another provider cannot register it; the refusal is the
        // one the owner gets, and says nothing of the seal, its owner or its trip.
        String serial = api.get(w.provider, "/api/v1/seals/" + seal).expect(200).json("$.serialNumber");
        String body = "{\"serialNumber\":\"" + serial + "\",\"model\":\"JT701\"}";
        Response theirs = api.post(w.provider2, "/api/v1/seals", body).expectProblem(400, "serialNumber");
        Response own = api.post(w.provider, "/api/v1/seals", body).expectProblem(400, "serialNumber");
        assertThat((String) theirs.json("$.detail")).isEqualTo(own.json("$.detail"));
        assertThat(theirs.text())
                .doesNotContain(seal, trip, w.providerId, "Segel Elektronik", "AVAILABLE", "INSTALLED");
        api.post(w.company, "/api/v1/seals", "{\"serialNumber\":\"X-1234\",\"model\":\"m\"}")
                .expectProblem(403);
        api.get(w.company, "/api/v1/audit?subjectId=" + trip).expectProblem(403);
    }

    @Test
    void trainingCentreStaffSeeNoTrips() {
        assertThat((List<?>) api.get(w.trainer, "/api/v1/trips").expect(200).json("$"))
                .isEmpty();
        api.get(w.trainer, "/api/v1/trips/" + trip).expectProblem(404);
    }

    @Test
    void organisationAdministratorsManageOnlyTheirOwnUsers() {
        api.post(w.companyAdmin, "/api/v1/users", user("staff-" + w.suffix, w.companyId, "SERVICE_USER_STAFF"))
                .expect(201);
        api.post(w.companyAdmin, "/api/v1/users", user("intruder-" + w.suffix, w.company2Id, "SERVICE_USER_STAFF"))
                .expectProblem(403);
        api.post(w.companyAdmin, "/api/v1/users", user("root-" + w.suffix, w.companyId, "ADMIN"))
                .expectProblem(403);
        api.post(w.company, "/api/v1/users", user("other-" + w.suffix, w.companyId, "SERVICE_USER_STAFF"))
                .expectProblem(403);
        String users = api.get(w.companyAdmin, "/api/v1/users").expect(200).text();
        assertThat(users).contains("staff-" + w.suffix).doesNotContain(w.company2);
        api.get(w.companyAdmin, "/api/v1/users?organisationId=" + w.company2Id).expectProblem(404);
        String orgs = api.get(w.company, "/api/v1/organisations").expect(200).text();
        assertThat(orgs).contains(w.providerId, w.officeId).doesNotContain(w.company2Id);
        api.get(w.company, "/api/v1/organisations/" + w.company2Id).expectProblem(404);
        api.post(w.company, "/api/v1/organisations", "{\"name\":\"X\",\"kind\":\"ESEAL_PROVIDER\"}")
                .expectProblem(403);
    }

    static String user(String username, String org, String role) {
        return """
                {"username":"%s","password":"password-123","fullName":"Staf","organisationId":"%s","roles":["%s"]}""".formatted(username, org, role);
    }
}
