package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Response;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors speak the reader's language: Indonesian by default, English when the request asks for it
 * first, or when the signed-in user chose English — title and detail alike, the field still named.
 */
@ApiTest
class ProblemLanguageTest {
    @LocalServerPort
    int port;

    @Test
    void aRefusalIsIndonesianByDefaultAndEnglishOnRequest() {
        Api api = new Api(port);
        World w = new World(api);
        String user = "/api/v1/users/" + api.get(w.company, "/api/v1/me").json("$.id");
        String body = "{\"email\":\"not-an-address\"}";

        Response indonesian = api.put(w.companyAdmin, user, body).expectProblem(400, "email");
        assertThat((String) indonesian.json("$.title")).isEqualTo("Masukan tidak valid");
        assertThat((String) indonesian.json("$.detail")).isEqualTo("email bukan alamat e-mail yang valid");

        Response english = api.send(api.request(w.companyAdmin, user)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)))
                .expectProblem(400, "email");
        assertThat((String) english.json("$.title")).isEqualTo("Invalid input");
        assertThat((String) english.json("$.detail")).isEqualTo("email is not an e-mail address");

        // A refusal written in English where it is thrown reads in Indonesian from the translations.
        String organisation = "{\"name\":\"X\",\"kind\":\"SERVICE_USER\"}";
        assertThat((String) api.post(w.company, "/api/v1/organisations", organisation)
                        .expectProblem(403)
                        .json("$.detail"))
                .startsWith("Hanya administrator");
        assertThat((String) api.send(api.request(w.company, "/api/v1/organisations")
                                .header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(organisation)))
                        .expectProblem(403)
                        .json("$.detail"))
                .startsWith("Only an administrator");

        // A record that is not there, with its kind named in the reader's language.
        String missing = "/api/v1/trips/00000000-0000-0000-0000-000000000001";
        assertThat((String) api.get(w.company, missing).expectProblem(404).json("$.detail"))
                .startsWith("Perjalanan ");
        // Refused before Spring MVC: no credentials at all.
        Response anonymous = api.send(api.request(null, "/api/v1/me").header("Accept-Language", "en"));
        anonymous.expectProblem(401);
        assertThat((String) anonymous.json("$.detail")).isEqualTo("Authentication is required.");
        assertThat((String) api.get(null, "/api/v1/me").expectProblem(401).json("$.detail"))
                .isEqualTo("Anda perlu masuk terlebih dahulu.");

        // The user's own choice counts when the request names no language.
        api.put(w.companyAdmin, "/api/v1/me/language", "{\"language\":\"en\"}").expect(200);
        assertThat((String) api.put(w.companyAdmin, user, body)
                        .expectProblem(400, "email")
                        .json("$.detail"))
                .isEqualTo("email is not an e-mail address");
        api.put(w.companyAdmin, "/api/v1/me/language", "{\"language\":\"id\"}").expect(200);
    }
}
