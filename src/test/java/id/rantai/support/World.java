package id.rantai.support;

import java.util.UUID;

/**
 * The cast of a test, created through the API as the administrator would: two customs offices in
 * different zones, two service-user companies (one under each office), two e-seal providers, and a
 * user for each. Names carry a random suffix so worlds can share one database.
 */
public final class World {
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String officeId, office2Id, companyId, company2Id, providerId, provider2Id, trainingCentreId;
    public final String officer = "officer-" + suffix, officer2 = "officer2-" + suffix;
    public final String company = "importer-" + suffix, company2 = "importer2-" + suffix;
    public final String companyAdmin = "importer-admin-" + suffix;
    public final String provider = "provider-" + suffix, provider2 = "provider2-" + suffix;
    public final String trainer = "trainer-" + suffix;
    private final Api api;

    public World(Api api) {
        this.api = api;
        officeId = org("""
                {"name":"KPPBC TMP Tanjung Emas %s","kind":"CUSTOMS_OFFICE","code":"TE-%s","timeZone":"WIB"}""");
        office2Id = org("""
                {"name":"KPPBC TMP Makassar %s","kind":"CUSTOMS_OFFICE","code":"MK-%s","timeZone":"WITA"}""");
        companyId = org("""
                {"name":"PT Importir Semarang %s","kind":"SERVICE_USER","businessRoles":["IMPORTER","CARRIER"],
                 "customsOfficeId":"OFFICE"}""".replace("OFFICE", officeId));
        company2Id = org("""
                {"name":"PT Eksportir Makassar %s","kind":"SERVICE_USER","businessRoles":["EXPORTER"],
                 "customsOfficeId":"OFFICE"}""".replace("OFFICE", office2Id));
        providerId = org("""
                {"name":"PT Segel Elektronik %s","kind":"ESEAL_PROVIDER"}""");
        provider2Id = org("""
                {"name":"PT Segel Lain %s","kind":"ESEAL_PROVIDER"}""");
        trainingCentreId = org("""
                {"name":"Pusdiklat Bea dan Cukai %s","kind":"TRAINING_CENTRE"}""");
        user(officer, officeId, "CUSTOMS_OFFICER");
        user(officer2, office2Id, "CUSTOMS_OFFICER");
        user(company, companyId, "SERVICE_USER_STAFF");
        user(companyAdmin, companyId, "ORG_ADMIN");
        user(company2, company2Id, "SERVICE_USER_STAFF");
        user(provider, providerId, "PROVIDER_STAFF");
        user(provider2, provider2Id, "PROVIDER_STAFF");
        user(trainer, trainingCentreId, "TRAINING_STAFF");
    }

    private String org(String json) {
        return api.post("admin", "/api/v1/organisations", json.replace("%s", suffix))
                .expect(201)
                .id();
    }

    private void user(String username, String organisationId, String role) {
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"%s","email":"%s","organisationId":"%s","roles":["%s"]}""".formatted(
                                username, Api.PASSWORD, username, email(username), organisationId, role))
                .expect(201);
    }

    /** The e-mail address every user of the world has: the username at example.co.id. */
    public static String email(String username) {
        return username + "@example.co.id";
    }

    /** A trip whose seal is installed: ready for telemetry. */
    public record InstalledTrip(String trip, String sealId, String serial, String secret) {}

    /**
     * Requests, approves and plans a trip, registers a seal with the given serial, assigns and
     * installs it. The route plan departs at {@code departure} and takes 90 minutes.
     */
    public InstalledTrip installedTrip(String serial, java.time.Instant departure) {
        String trip = api.post(company, "/api/v1/trips", Fixtures.tripRequest(this))
                .expect(201)
                .id();
        api.post(officer, "/api/v1/trips/" + trip + "/approve").expect(200);
        Response registered = api.post(
                        provider, "/api/v1/seals", "{\"serialNumber\":\"" + serial + "\",\"model\":\"JT701\"}")
                .expect(201);
        String sealId = registered.json("$.seal.id");
        api.post(provider, "/api/v1/trips/" + trip + "/assign-seal", "{\"sealId\":\"" + sealId + "\"}")
                .expect(200);
        api.put(
                        company,
                        "/api/v1/trips/" + trip + "/route-plan",
                        Fixtures.routePlan()
                                .replace("\"2026-11-24T03:00:00Z\"", "\"" + departure + "\"")
                                .replace("\"expectedSpeedKmh\":30", "\"expectedSpeedKmh\":5"))
                .expect(200);
        api.post(provider, "/api/v1/trips/" + trip + "/ready-for-installation").expect(200);
        inspect(company, trip);
        api.post(provider, "/api/v1/trips/" + trip + "/install").expect(200);
        return new InstalledTrip(trip, sealId, serial, registered.json("$.deviceSecret"));
    }

    /** Records a passed seven-point conveyance inspection of the trip's container; a seal goes on only after one. */
    public String inspect(String user, String trip) {
        return api.post(user, "/api/v1/inspections", """
                {"tripId":"%s","inspector":"Petugas gudang","points":{"frontWall":true,"leftSide":true,"rightSide":true,
                 "floor":true,"ceilingRoof":true,"doors":true,"undercarriage":true}}""".formatted(trip))
                .expect(201)
                .id();
    }

    /** Registers a seal with the given provider user and returns its id. */
    public String seal(String providerUser) {
        return api.post(providerUser, "/api/v1/seals", """
                {"serialNumber":"ES-%s","model":"JT701","firmware":"1.2.3"}""".formatted(
                                UUID.randomUUID().toString().substring(0, 13)))
                .expect(201)
                .json("$.seal.id");
    }
}
