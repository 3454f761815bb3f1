package id.rantai.certification;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The public forms need no login, so one address may submit only so many a minute; verification is counted apart. */
@ApiTest
@TestPropertySource(
        properties = {
            "rantai.certification.submit-per-minute=3",
            "rantai.certification.verify-per-minute=2",
            "rantai.certification.lookup-per-minute=3"
        })
class PublicSubmissionLimitTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aBurstOfComplaintsFromOneAddressIsRefusedUntilTheNextMinute() {
        Api api = new Api(port);
        String centre = new World(api).trainingCentreId;
        clock.advance(Duration.ofMinutes(1));
        String complaint = """
                {"service":"CERTIFICATE","applicantName":"Gita","applicantEmail":"gita@example.co.id","description":"Belum terbit",
                 "trainingCentreId":"%s"}""".formatted(centre);
        for (int i = 0; i < 3; i++) {
            api.post(null, "/api/v1/public/certification/complaints", complaint).expect(201);
        }
        Response refused = api.post(null, "/api/v1/public/certification/complaints", complaint)
                .expectProblem(429);
        assertThat(refused.text()).contains("Too many requests");
        api.get(null, "/api/v1/public/certificates/verify?token=00000000000000000000000000")
                .expect(200);
        clock.advance(Duration.ofMinutes(1));
        api.post(null, "/api/v1/public/certification/complaints", complaint).expect(201);
    }

    /** The public page answers a burst with a page a person can read, 429 and Retry-After for machines, no script. */
    @Test
    void theVerificationPageTellsABurstToWaitInWords() throws Exception {
        clock.advance(Duration.ofMinutes(1));
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/verify?token=00000000000000000000000000"))
                .build();
        for (int i = 0; i < 2; i++) {
            var page = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("TIDAK DIKENAL");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'")
                    .doesNotContain("script-src");
        }
        var refused = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Terlalu banyak permintaan", "coba lagi");
    }

    /** Applicants' tokens cannot be guessed at speed: look-ups by token, API and pages alike, are counted. */
    @Test
    void tokenLookUpsFromOneAddressAreLimited() {
        Api api = new Api(port);
        clock.advance(Duration.ofMinutes(1));
        api.get(null, "/api/v1/public/certification/complaints/NOTATOKEN").expectProblem(404);
        api.get(null, "/api/v1/public/certification/requests/NOTATOKEN").expectProblem(404);
        api.get(null, "/sertifikasi/pendaftaran/NOTATOKEN").expect(404);
        api.get(null, "/api/v1/public/certification/registrations/NOTATOKEN").expectProblem(429);
        // Other public pages are not counted against it.
        api.get(null, "/api/v1/public/certification/sessions").expect(200);
        clock.advance(Duration.ofMinutes(1));
        api.get(null, "/api/v1/public/certification/registrations/NOTATOKEN").expectProblem(404);
    }
}
