package id.rantai.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.notification.internal.MailOutbox;
import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.MutableClock;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An applicant's whole way on a phone in a real Chromium, without a login: registers on the public
 * page with the three documents (refused first for a missing one, beside its input), follows the
 * link from the confirmation e-mail to their own page, sees the seat, the results and the
 * certificate appear as the training centre works, downloads the certificate, answers the
 * satisfaction survey (refused for a missing element, beside it) and verifies the certificate on
 * the public verification page.
 */
@ApiTest
class ApplicantJourneyInBrowserTest {
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
    MailOutbox outbox;

    @Test
    void anApplicantRegistersWithUploadsFollowsTheMailedLinkDownloadsTheCertificateAndAnswersTheSurvey()
            throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        clock.advance(Duration.ofMinutes(2)); // a fresh rate-limit window
        String head = "head-" + w.suffix;
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Kepala Pusdiklat","organisationId":"%s","roles":["CERTIFICATION_HEAD"]}""".formatted(head, Api.PASSWORD, w.trainingCentreId))
                .expect(201);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        String code = "SAK-" + w.suffix.substring(0, 6).toUpperCase();
        String session = api.post(w.trainer, "/api/v1/certification/sessions", """
                {"code":"%s","title":"Ujian SAK Periode III","examDate":"%s","venue":"Pusdiklat BC, Jakarta","capacity":10,
                 "registrationOpens":"%s","registrationCloses":"%s","passMark":60,"mcWeight":0.5}""".formatted(
                                code, today.plusDays(14), today.minusDays(1), today.plusDays(7)))
                .expect(201)
                .id();
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% scan\n", StandardCharsets.US_ASCII);
        String email = "rina." + w.suffix + "@example.co.id";
        String nik = "3174" + String.format("%012d", Math.abs(w.suffix.hashCode()) % 1_000_000_000_000L);

        try (Browser phone = new Browser(port, true)) {
            phone.open("/sertifikasi");
            phone.find("#apply-" + code).click();
            phone.await(d -> phone.text("main h1").equals("Pendaftaran ujian sertifikasi"));
            phone.find("#fullName").sendKeys("Rina Marlina");
            phone.find("#nationalId").sendKeys(nik);
            phone.find("#birthPlace").sendKeys("Bandung");
            phone.setValue("#birthDate", "1992-03-04");
            phone.find("#email").sendKeys(email);
            phone.find("#KTP").sendKeys(scan.toString());
            phone.find("#IJAZAH").sendKeys(scan.toString());
            phone.find("#apply-form button[type=submit]").click();
            phone.await(d ->
                    !d.findElements(By.cssSelector("#apply-form .field-error")).isEmpty());
            assertThat(phone.find("#PAS_FOTO").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(phone.text("#apply-form .field-error")).startsWith("Unggah dokumen ini");
            assertThat(phone.find("#fullName").getAttribute("value")).isEqualTo("Rina Marlina");

            for (String d : List.of("#KTP", "#IJAZAH", "#PAS_FOTO")) {
                phone.find(d).sendKeys(scan.toString());
            }
            phone.find("#apply-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.id("registered")).isEmpty());
            assertThat(phone.text("#registration-state")).isEqualTo("Diterima, menunggu pemeriksaan persyaratan");

            // The confirmation e-mail carries the same page's link; the applicant opens it from there.
            String link = link(email, "/sertifikasi/pendaftaran/");
            String page = URI.create(link).getPath();
            assertThat(URI.create(phone.driver.getCurrentUrl()).getPath()).isEqualTo(page);
            phone.open(page);
            // The training centre works at its desk: checks the documents, takes payment, marks, publishes.
            try (Browser staff = new Browser(port, false)) {
                staff.signIn(w.trainer, Api.PASSWORD);
                staff.find("header nav a[href='/console/certification']").click();
                staff.find("#session-" + code + " a").click();
                staff.await(d -> staff.text("main h1").startsWith(code));
                staff.find("#candidates a.button").click();
                staff.await(d -> staff.text("main h1").equals("Rina Marlina"));
                assertThat(staff.driver.findElements(By.cssSelector(".documents iframe")))
                        .as("each PDF shown inline")
                        .hasSize(3);
                String inline = staff.find("#document-KTP iframe").getAttribute("src");
                String framed = (String) staff.driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('X-Frame-Options')"
                                + " + ' ' + r.headers.get('Content-Disposition')))",
                        inline);
                assertThat(framed).startsWith("200 SAMEORIGIN inline");
                staff.find("#reject").click();
                staff.await(d ->
                        !d.findElements(By.cssSelector("#check .field-error")).isEmpty());
                assertThat(staff.find("#reason").getAttribute("aria-invalid")).isEqualTo("true");
                staff.find("#eligible").click();
                staff.await(d -> !d.findElements(By.cssSelector("#candidates input[name=reference]"))
                        .isEmpty());
                staff.find("#candidates input[name=reference]").sendKeys("NTPN-0042");
                staff.find("#candidates form.respond button").click();
                staff.await(d -> staff.text("#candidates").contains(code + "-001"));

                phone.driver.navigate().refresh();
                assertThat(phone.text("#registration-state")).isEqualTo("Terdaftar sebagai peserta ujian");
                assertThat(phone.text("#seat")).isEqualTo(code + "-001");

                clock.advance(Duration.ofDays(14));
                staff.driver.navigate().refresh();
                staff.find("#candidates button.secondary").click(); // present
                staff.await(d -> staff.text("#candidates").contains("Hadir"));
                // A marking sheet naming a seat that does not exist is refused beside the file input.
                Path sheet = Files.createTempFile("nilai", ".csv");
                Files.writeString(sheet, "seat_number,multiple_choice,essay\nNO-SEAT,40,50\n", StandardCharsets.UTF_8);
                staff.find("#scores-file").sendKeys(sheet.toString());
                staff.find("#scores-csv button").click();
                staff.await(d -> !d.findElements(By.cssSelector("#scores-csv .field-error"))
                        .isEmpty());
                assertThat(staff.find("#scores-file").getAttribute("aria-invalid"))
                        .isEqualTo("true");
                staff.find("#candidates input[name^=mc-]").sendKeys("82");
                staff.find("#candidates input[name^=essay-]").sendKeys("140");
                staff.find("#save-scores").click();
                staff.await(d -> !d.findElements(By.cssSelector("#candidates .field-error"))
                        .isEmpty());
                assertThat(staff.find("#candidates input[name^=essay-]").getAttribute("aria-invalid"))
                        .isEqualTo("true");
                assertThat(staff.find("#candidates input[name^=mc-]").getAttribute("value"))
                        .as("what was typed stays")
                        .isEqualTo("82");
                staff.find("#candidates input[name^=essay-]").clear();
                staff.find("#candidates input[name^=essay-]").sendKeys("74");
                staff.find("#save-scores").click();
                staff.await(d -> !d.findElements(By.id("scored")).isEmpty());
                clock.advance(Duration.ofDays(2));
                staff.find("#publish").click();
                staff.await(d -> !d.findElements(By.id("published")).isEmpty());
                assertThat(staff.driver.findElements(By.id("issue")))
                        .as("only the head signs")
                        .isEmpty();
            }
            try (Browser signer = new Browser(port, false)) {
                signer.signIn(head, Api.PASSWORD);
                signer.find("header nav a[href='/console/certification']").click();
                signer.find("#session-" + code + " a").click();
                signer.find("#issue").click();
                signer.await(d -> !d.findElements(By.id("issued")).isEmpty());
                assertThat(signer.text("#candidates")).containsPattern("SAK\\.\\d{4}\\.\\d{5}");
                signer.screenshot("certification-desk");

                // The centre's letterhead: the installation's until the head sets the centre's own.
                signer.open("/console/certification");
                signer.find(".desk-nav a[href='/console/certification/letterhead']")
                        .click();
                assertThat(signer.text("#letterhead-whose")).contains("bawaan");
                assertThat(signer.text("#letterhead-preview")).contains("PUSAT PENDIDIKAN DAN PELATIHAN BEA DAN CUKAI");
                signer.setValue("#lines", "Kementerian Keuangan Republik Indonesia\nBalai Diklat Keuangan Medan");
                signer.setValue("#place", " ");
                signer.find("#save-letterhead").click();
                signer.await(d -> !d.findElements(By.cssSelector("#letterhead-form .field-error"))
                        .isEmpty());
                assertThat(signer.find("#place").getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(signer.find("#lines").getAttribute("value"))
                        .as("what was typed stays")
                        .contains("Balai Diklat Keuangan Medan");
                signer.setValue("#place", "Medan");
                signer.find("#save-letterhead").click();
                signer.await(d -> !d.findElements(By.id("letterhead-done")).isEmpty());
                assertThat(signer.text("#letterhead-preview")).contains("BALAI DIKLAT KEUANGAN MEDAN", "Medan");
                signer.screenshot("certification-letterhead");
                signer.find("#reset-letterhead").click();
                signer.await(
                        d -> d.findElement(By.id("letterhead-whose")).getText().contains("bawaan"));
            }
            clock.advance(Duration.ofMinutes(2));

            phone.driver.navigate().refresh();
            assertThat(phone.text("#verdict")).isEqualTo("LULUS");
            assertThat(phone.text("#final-score")).isEqualTo("78,00");
            String pdf = phone.find("#certificate-pdf").getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            phone.find("#survey-CERTIFICATE_ISSUE").click();
            phone.await(d -> phone.text("main h1").equals("Survei kepuasan masyarakat"));
            phone.find("input[name=satisfaction][value='4']").click();
            for (int u = 1; u <= 8; u++) {
                phone.find("input[name=u" + u + "][value='3']").click();
            }
            phone.find("#comment").sendKeys("Proses cepat dan jelas.");
            phone.find("#survey-form button[type=submit]").click();
            phone.await(d ->
                    !d.findElements(By.cssSelector("#element-u9 .field-error")).isEmpty());
            assertThat(phone.find("input[name=u3][value='3']").isSelected())
                    .as("ticks kept")
                    .isTrue();
            phone.find("input[name=u9][value='4']").click();
            phone.find("#survey-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.id("surveyed")).isEmpty());
            assertThat(phone.driver.findElements(By.id("survey-CERTIFICATE_ISSUE")))
                    .as("answered once")
                    .isEmpty();

            phone.find("#certificate-verify").click();
            phone.await(d -> !d.findElements(By.cssSelector(".verdict-word")).isEmpty());
            assertThat(phone.text(".verdict-word")).isEqualTo("SAH");
            assertThat(phone.text("main")).contains("Rina Marlina");
            String number = phone.text("main .mono");

            // Later she asks for two legalized copies: a wrong NIK is refused beside the field, then filed.
            phone.open("/sertifikasi/layanan");
            phone.find("input[name=kind][value=LEGALIZATION]").click();
            phone.find("#certificateNumber").sendKeys(number);
            phone.find("#nationalId").sendKeys("3174000000000000");
            phone.find("#applicantName").sendKeys("Rina Marlina");
            phone.find("#applicantEmail").sendKeys(email);
            phone.find("#explanation").sendKeys("Untuk melamar sebagai PPJK");
            phone.find("#copies").clear();
            phone.find("#copies").sendKeys("2");
            phone.find("#request-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.cssSelector("#request-form .field-error"))
                    .isEmpty());
            assertThat(phone.text("#request-form .field-error")).startsWith("Nomor sertifikat dan NIK tidak cocok");
            assertThat(phone.find("#explanation").getAttribute("value")).isEqualTo("Untuk melamar sebagai PPJK");
            phone.find("#nationalId").clear();
            phone.find("#nationalId").sendKeys(nik);
            phone.find("#request-form button[type=submit]").click();
            // A legalization comes with the applicant's identity.
            phone.await(d -> !d.findElements(By.cssSelector("#request-form .field-error"))
                    .isEmpty());
            assertThat(phone.text("#request-form .field-error")).startsWith("Unggah kartu identitas");
            assertThat(phone.find("#identity").getAttribute("aria-invalid")).isEqualTo("true");
            phone.find("#identity").sendKeys(scan.toString());
            phone.find("#request-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.id("request-filed")).isEmpty());
            assertThat(phone.text("#request-state")).isEqualTo("Diterima, menunggu verifikasi");
            String requestPage =
                    URI.create(link(email, "/sertifikasi/layanan/")).getPath();
            assertThat(URI.create(phone.driver.getCurrentUrl()).getPath()).isEqualTo(requestPage);

            // The officer verifies at the desk, the head signs: two layers, two people.
            String request = api.get(w.trainer, "/api/v1/certification/requests")
                    .<List<String>>json("$[?(@.applicantName == 'Rina Marlina')].id")
                    .get(0);
            try (Browser staff = new Browser(port, false)) {
                staff.signIn(w.trainer, Api.PASSWORD);
                staff.open("/console/certification/requests");
                assertThat(staff.text("#request-" + request)).contains(number, "2 salinan", "sisa");
                staff.find("#request-" + request + " button[value=true]").click();
                staff.await(d -> staff.text("#request-" + request).contains("Menunggu tanda tangan kepala pusat"));
            }
            try (Browser signer = new Browser(port, false)) {
                signer.signIn(head, Api.PASSWORD);
                signer.open("/console/certification/requests");
                signer.find("#request-" + request + " form button").click();
                signer.await(d -> d.findElements(By.id("request-" + request)).isEmpty());
            }
            phone.open(requestPage);
            assertThat(phone.text("#request-state")).isEqualTo("Selesai");
            assertThat(phone.driver.findElements(By.cssSelector("main ul li"))).hasSize(3); // the letter, two copies
            phone.find("#survey-link").click();
            phone.find("input[name=satisfaction][value='3']").click();
            for (int u = 1; u <= 9; u++) {
                phone.find("input[name=u" + u + "][value='3']").click();
            }
            phone.find("#survey-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.id("surveyed")).isEmpty());
            phone.open(requestPage + "/survei");
            assertThat(phone.text("#refused")).isEqualTo("Survei ini sudah diisi. Terima kasih.");

            // The survey counts in the service report, whose chart the staff read.
            try (Browser staff = new Browser(port, false)) {
                staff.signIn(w.trainer, Api.PASSWORD);
                staff.open("/console/certification/report");
                staff.await(d -> staff.find("#satisfaction-chart").getAttribute("data-drawn") != null);
                assertThat(staff.text("#services")).contains("Legalisasi");
                // The unit's figure over all services, under the services.
                assertThat(staff.text("#all-services")).startsWith("Semua layanan");
                assertThat(staff.find("#all-services td.num").getText()).isNotEqualTo("0");
                staff.open("/console/certification/report?from=2026-13-01");
                assertThat(staff.find("#from").getAttribute("aria-invalid")).isEqualTo("true");
            }
        }
    }

    /** The address in the message to {@code email} that starts with the public base and {@code path}. */
    private String link(String email, String path) {
        outbox.dispatch();
        Pattern p = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + "\\S+)");
        return SMTP.to(email).stream()
                .map(Smtp::body)
                .map(p::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
    }
}
