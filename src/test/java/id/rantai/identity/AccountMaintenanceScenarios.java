package id.rantai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.World;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts after creation: a user changes their own password; the company's administrator resets
 * one, disables a leaver and enables them again, changes name, address and roles — within the
 * rules, and all of it in the audit trail. Run on H2 and on PostgreSQL.
 */
abstract class AccountMaintenanceScenarios {
    @LocalServerPort
    int port;

    Api api;
    World w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
    }

    @Test
    void aUserChangesTheirPasswordAndTheCompanyAdministratorLooksAfterTheCompanysAccounts() {
        String id = api.get(w.company, "/api/v1/me").json("$.id");
        String me = "/api/v1/me/password";
        api.post(w.company, me, "{\"currentPassword\":\"wrong-password\",\"newPassword\":\"new-password-123\"}")
                .expectProblem(400, "currentPassword");
        api.post(w.company, me, "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"short\"}")
                .expectProblem(400, "newPassword");
        api.post(w.company, me, "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"new-password-123\"}")
                .expect(204);
        api.get(w.company, "/api/v1/me").expectProblem(401);
        api.knows(w.company, "new-password-123");
        api.get(w.company, "/api/v1/me").expect(200);

        // A leaver is disabled by the company's administrator, and can do nothing until enabled again.
        String user = "/api/v1/users/" + id;
        api.post(w.company2, user + "/disable").expectProblem(404);
        api.post(w.company, user + "/disable").expectProblem(403);
        assertThat((Boolean)
                        api.post(w.companyAdmin, user + "/disable").expect(200).json("$.enabled"))
                .isFalse();
        api.get(w.company, "/api/v1/me").expectProblem(401);
        api.post(w.companyAdmin, user + "/enable").expect(200);
        api.get(w.company, "/api/v1/me").expect(200);
        String adminId = api.get(w.companyAdmin, "/api/v1/me").json("$.id");
        api.post(w.companyAdmin, "/api/v1/users/" + adminId + "/disable").expectProblem(409);

        // A forgotten password is reset by the administrator.
        api.post(w.companyAdmin, user + "/password", "{\"newPassword\":\"short\"}")
                .expectProblem(400, "newPassword");
        api.post(w.companyAdmin, user + "/password", "{\"newPassword\":\"reset-password-1\"}")
                .expect(200);
        api.knows(w.company, "reset-password-1");
        api.get(w.company, "/api/v1/me").expect(200);

        // Name, address and roles, within the rules of the organisation's kind.
        var updated = api.put(w.companyAdmin, user, """
                {"fullName":"Budi Santoso","email":"budi@example.co.id","roles":["SERVICE_USER_STAFF","COMPLIANCE_OFFICER"]}""").expect(200);
        assertThat((List<String>) updated.json("$.roles"))
                .containsExactlyInAnyOrder("SERVICE_USER_STAFF", "COMPLIANCE_OFFICER");
        assertThat((String) updated.json("$.email")).isEqualTo("budi@example.co.id");
        api.put(w.companyAdmin, user, "{\"roles\":[\"CUSTOMS_OFFICER\"]}").expectProblem(400, "roles");
        api.put(w.companyAdmin, user, "{\"roles\":[\"ADMIN\"]}").expectProblem(403);
        api.put(w.companyAdmin, user, "{\"email\":\"not-an-address\"}").expectProblem(400, "email");
        api.put(w.companyAdmin, user, "{\"fullName\":\"  \"}").expectProblem(400, "fullName");
        api.put(w.companyAdmin, "/api/v1/users/" + adminId, "{\"roles\":[\"SERVICE_USER_STAFF\"]}")
                .expectProblem(409);
        assertThat((String) api.put(w.companyAdmin, user, "{\"fullName\":\"Budi S.\"}")
                        .expect(200)
                        .json("$.email"))
                .as("what is left out stays")
                .isEqualTo("budi@example.co.id");

        assertThat((List<String>)
                        api.get("admin", "/api/v1/audit?subjectId=" + id).json("$[*].action"))
                .contains(
                        "USER_PASSWORD_CHANGED",
                        "USER_DISABLED",
                        "USER_ENABLED",
                        "USER_PASSWORD_RESET",
                        "USER_UPDATED");
    }

    @Test
    void theOfficialDetailsPrintedUnderASignatureAndTheLanguageAUserReadsRantaiIn() {
        String id = api.get(w.company, "/api/v1/me").json("$.id");
        String official = "/api/v1/users/" + id + "/official";
        api.put(w.companyAdmin, official, "{\"nip\":\"12345\"}").expectProblem(400, "official.nip");
        api.put(w.companyAdmin, official, "{\"position\":\"" + "x".repeat(161) + "\"}")
                .expectProblem(400, "position"); // the body is the official details themselves
        api.put(w.company2, official, "{\"nip\":\"197001011990031001\"}").expectProblem(404);
        var set = api.put(w.companyAdmin, official, """
                {"nip":"19700101 199003 1 001","position":"Kepala Seksi Kepatuhan"}""").expect(200);
        assertThat((String) set.json("$.official.nip")).isEqualTo("197001011990031001");
        assertThat((String) set.json("$.official.position")).isEqualTo("Kepala Seksi Kepatuhan");

        assertThat((String) api.get(w.company, "/api/v1/me").json("$.language")).isNull();
        api.put(w.company, "/api/v1/me/language", "{\"language\":\"fr\"}").expectProblem(400, "language");
        assertThat((String) api.put(w.company, "/api/v1/me/language", "{\"language\":\"en\"}")
                        .expect(200)
                        .json("$.language"))
                .isEqualTo("en");
        assertThat((String) api.get(w.company, "/api/v1/me").json("$.language")).isEqualTo("en");
    }
}
