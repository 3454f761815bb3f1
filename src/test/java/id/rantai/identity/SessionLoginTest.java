package id.rantai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Fixtures;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser-style session login next to HTTP Basic, and the public endpoints. */
@ApiTest
class SessionLoginTest {
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
    void healthAndOpenApiArePublicEverythingElseNeedsAUser() {
        assertThat((String) api.anonymous("/actuator/health").expect(200).json("$.status"))
                .isEqualTo("UP");
        assertThat(api.anonymous("/v3/api-docs").expect(200).text()).contains("/api/v1/trips", "/api/v1/seals");
        api.anonymous("/api/v1/trips").expectProblem(401);
        // An anonymous write is refused for want of a user: 401, not a permission refusal.
        api.post(null, "/api/v1/trips", Fixtures.tripRequest(w)).expectProblem(401);
        api.knows(w.company, "wrong-password");
        api.get(w.company, "/api/v1/me").expectProblem(401);
    }

    /** A 401 says how to authenticate; a console script is not challenged, lest the browser open a dialog. */
    @Test
    void anApi401SaysHowToAuthenticate() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain =
                client.send(HttpRequest.newBuilder(uri("/api/v1/trips")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(401);
        assertThat(plain.headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"Rantai\", charset=\"UTF-8\"");
        HttpResponse<String> wrong = client.send(
                HttpRequest.newBuilder(uri("/api/v1/me"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((w.company + ":wrong-password")
                                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        HttpResponse<String> script = client.send(
                HttpRequest.newBuilder(uri("/api/v1/trips"))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    /** The CSRF token a browser holds: any first request sets the XSRF-TOKEN cookie. */
    private String csrfToken(HttpClient browser, CookieManager cookies) throws Exception {
        browser.send(HttpRequest.newBuilder(uri("/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private HttpRequest login(String password, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + w.company + "&password=" + password));
        return (token == null ? b : b.header("X-XSRF-TOKEN", token)).build();
    }

    @Test
    void aSessionLoginWorksAndItsWritesNeedTheCsrfToken() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        // Signing a browser in is a write like any other: without the token it is refused (no login CSRF).
        HttpResponse<String> forged = browser.send(login(Api.PASSWORD, null), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("https://rantai.id/problems/csrf");
        HttpResponse<String> login =
                browser.send(login(Api.PASSWORD, csrfToken(browser, cookies)), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains(w.company);

        HttpResponse<String> me =
                browser.send(HttpRequest.newBuilder(uri("/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(w.companyId);

        HttpRequest.Builder write = HttpRequest.newBuilder(uri("/api/v1/trips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.tripRequest(w)));
        HttpResponse<String> withoutToken = browser.send(write.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("https://rantai.id/problems/csrf", "X-XSRF-TOKEN");
        // Any Authorization header other than Basic does not excuse a session's write from the token.
        assertThat(browser.send(
                                write.header("Authorization", "Bearer zzz").build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        write = HttpRequest.newBuilder(uri("/api/v1/trips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.tripRequest(w)));
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> created =
                browser.send(write.header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> logout = browser.send(
                HttpRequest.newBuilder(uri("/logout"))
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void rolesChangedOrAnAccountDisabledApplyToItsBrowserSessionAtOnce() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertThat(browser.send(login(Api.PASSWORD, csrfToken(browser, cookies)), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        HttpRequest me = HttpRequest.newBuilder(uri("/api/v1/me")).build();
        assertThat(browser.send(me, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        String id = api.get(w.company, "/api/v1/me").json("$.id");
        // A role given (or taken) applies to the running session at once.
        HttpRequest outbox =
                HttpRequest.newBuilder(uri("/api/v1/notifications")).build();
        assertThat(browser.send(outbox, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        api.put(w.companyAdmin, "/api/v1/users/" + id, "{\"roles\":[\"SERVICE_USER_STAFF\",\"ORG_ADMIN\"]}")
                .expect(200);
        assertThat(browser.send(outbox, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(browser.send(outbox, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        api.put(w.companyAdmin, "/api/v1/users/" + id, "{\"roles\":[\"SERVICE_USER_STAFF\"]}")
                .expect(200);
        assertThat(browser.send(outbox, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);

        api.post(w.companyAdmin, "/api/v1/users/" + id + "/disable").expect(200);
        HttpResponse<String> after = browser.send(me, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("dinonaktifkan");
        api.post(w.companyAdmin, "/api/v1/users/" + id + "/enable").expect(200);
        assertThat(browser.send(me, HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the session is gone")
                .isEqualTo(401);
    }

    @Test
    void everyAnswerCarriesTheStandardSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/me", "/actuator/health", "/api/v1/public/certification/sessions")) {
            HttpResponse<String> r =
                    client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        HttpResponse<String> swagger = client.send(
                HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'");
    }

    @Test
    void aWrongSessionLoginIsAProblem() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> r =
                browser.send(login("nope", csrfToken(browser, cookies)), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void disabledContentTypeIsStillProblemJsonForUnknownRoutes() {
        Response r = api.get(w.company, "/api/v1/nothing-here");
        r.expectProblem(404);
    }

    private URI uri(String path) {
        return URI.create(api.base() + path);
    }
}
