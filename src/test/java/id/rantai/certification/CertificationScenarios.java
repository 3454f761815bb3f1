package id.rantai.certification;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.notification.internal.MailOutbox;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Pdfs;
import id.rantai.support.Response;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customs expert certification over the real API: a session, registrations, results,
 * certificates, public verification by QR token, Open Badges credentials checked with a plain
 * Ed25519 verifier, legalization in two layers, a correction, a lost certificate, database input,
 * surveys and the service report, and bad input. Run on H2 and PostgreSQL.
 */
abstract class CertificationScenarios {
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

    @Autowired
    id.rantai.certification.exam.ExamReminders examReminders;

    @Autowired
    id.rantai.certification.certificate.DatabaseInput databaseInput;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    World w;
    String staff, head, headAndStaff, staff2;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
        staff = w.trainer;
        head = "head-" + w.suffix;
        // The head signs the certificates and letters: the NIP and position are printed under the signature.
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Dr. Siti Rahayu","organisationId":"%s",
                 "roles":["CERTIFICATION_HEAD"],
                 "official":{"nip":"1970 0101 1990 0310 01","position":"Kepala Pusat Pendidikan dan Pelatihan Bea dan Cukai"}}""".formatted(head, Api.PASSWORD, w.trainingCentreId))
                .expect(201);
        headAndStaff = user("both", "TRAINING_STAFF\",\"CERTIFICATION_HEAD");
        staff2 = user("staff2", "TRAINING_STAFF");
        clock.advance(Duration.ofMinutes(2)); // a fresh rate-limit window for each test
    }

    String user(String name, String roles) {
        String username = name + "-" + w.suffix;
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"%s","organisationId":"%s","roles":["%s"]}""".formatted(username, Api.PASSWORD, username, w.trainingCentreId, roles))
                .expect(201);
        return username;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n% scan " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
    }

    static Map<String, byte[]> documents() {
        Map<String, byte[]> d = new LinkedHashMap<>();
        d.put("KTP", pdf());
        d.put("IJAZAH", pdf());
        d.put("PAS_FOTO", pdf());
        return d;
    }

    String session(int capacity) {
        String code = "SAK-" + w.suffix.substring(0, 6).toUpperCase();
        return api.post(staff, "/api/v1/certification/sessions", """
                {"code":"%s","title":"Ujian SAK Periode II","examDate":"%s","venue":"Pusdiklat BC, Jakarta","capacity":%d,
                 "registrationOpens":"%s","registrationCloses":"%s","passMark":60,"mcWeight":0.5}""".formatted(
                                code, today().plusDays(14), capacity, today().minusDays(1), today().plusDays(7)))
                .expect(201)
                .id();
    }

    Response register(String session, String name, String nik) {
        return register(session, name, nik, null);
    }

    /** A registration in the language the applicant chose ({@code id}, {@code en}), or in the form's when null. */
    Response register(String session, String name, String nik, String language) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "fullName",
                name,
                "nationalId",
                nik,
                "birthPlace",
                "Semarang",
                "birthDate",
                "1990-05-17",
                "email",
                name.replace(' ', '.').toLowerCase() + "@example.co.id"));
        if (language != null) {
            fields.put("language", language);
        }
        return api.uploadParts(
                null,
                "/api/v1/public/certification/sessions/" + session + "/registrations",
                fields,
                documents(),
                "scan.pdf",
                "application/pdf");
    }

    /** An after-service request with its documents, as the public form sends it. */
    Response request(String application, Map<String, byte[]> files) {
        return api.uploadParts(
                null,
                "/api/v1/public/certification/requests/with-documents",
                Map.of("application", application),
                files,
                "scan.pdf",
                "application/pdf");
    }

    String nik(int i) {
        return String.format("3374%06d%06d", Math.abs(w.suffix.hashCode()) % 1_000_000, i);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    Response csvScores(String session, String csv) {
        return api.send(api.request(staff, "/api/v1/certification/sessions/" + session + "/scores")
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** The bodies of the mail sent to an address so far (the outbox emptied first). */
    List<String> mailTo(String address) {
        outbox.dispatch();
        return SMTP.to(address).stream()
                .map(m -> Smtp.subject(m) + "\n" + Smtp.body(m))
                .toList();
    }

    /** The import's status once it has stopped running; it must have finished. */
    Response importDone(String job) throws InterruptedException {
        Response status = null;
        for (int i = 0; i < 100; i++) {
            status = api.get(staff, "/api/v1/certification/imports/" + job).expect(200);
            if (!"RUNNING".equals(status.json("$.state"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat((String) status.json("$.state")).isEqualTo("DONE");
        return status;
    }

    Response verifyToken(String token) {
        return api.get(null, "/api/v1/public/certificates/verify?token=" + token)
                .expect(200);
    }

    @Test
    void oneScanUploadedAsEveryDocumentIsAcceptedAndServedForEach() {
        String session = session(2);
        byte[] scan = pdf();
        Response r = api.uploadParts(
                        null,
                        "/api/v1/public/certification/sessions/" + session + "/registrations",
                        Map.of(
                                "fullName",
                                "Eka Saputra",
                                "nationalId",
                                nik(1),
                                "birthPlace",
                                "Medan",
                                "birthDate",
                                "1991-02-03",
                                "email",
                                "eka@example.co.id"),
                        Map.of("KTP", scan, "IJAZAH", scan, "PAS_FOTO", scan),
                        "scan.pdf",
                        "application/pdf")
                .expect(201);
        String id = r.json("$.candidateId");
        for (String kind : List.of("KTP", "IJAZAH", "PAS_FOTO")) {
            assertThat(api.get(staff, "/api/v1/certification/candidates/" + id + "/documents/" + kind)
                            .expect(200)
                            .body())
                    .isEqualTo(scan);
        }
    }

    @Test
    void fromRegistrationToCertificatesAndEveryAfterServiceWithLettersAndPublicVerification() throws Exception {
        String session = session(3);
        // The mail server is shared by the H2 and PostgreSQL runs, so mail is told apart by the session's code.
        String code = "SAK-" + w.suffix.substring(0, 6).toUpperCase();
        // The public page lists the session while its registration is open.
        assertThat(api.get(null, "/sertifikasi").expect(200).text())
                .contains(
                        "Sesi ujian yang dibuka untuk pendaftaran",
                        code,
                        "Ujian SAK Periode II",
                        "Pusdiklat BC, Jakarta");
        Response missingDoc = api.uploadParts(
                null,
                "/api/v1/public/certification/sessions/" + session + "/registrations",
                Map.of(
                        "fullName",
                        "X",
                        "nationalId",
                        nik(9),
                        "birthPlace",
                        "Y",
                        "birthDate",
                        "1990-01-01",
                        "email",
                        "x@y.id"),
                Map.of("KTP", pdf()),
                "scan.pdf",
                "application/pdf");
        missingDoc.expectProblem(400, "documents.IJAZAH");
        List<String> tokens = new ArrayList<>(), ids = new ArrayList<>();
        for (String name : List.of("Ani Lestari", "Bambang Sutrisno", "Citra Dewi")) {
            // Citra chooses English: her e-mails put it first.
            Response r = register(session, name, nik(tokens.size() + 1), name.startsWith("Citra") ? "en" : null)
                    .expect(201);
            tokens.add(r.json("$.accessToken"));
            ids.add(r.json("$.candidateId"));
            assertThat(((String) r.json("$.accessToken"))).hasSize(26);
        }
        register(session, "Dedi Over", nik(4)).expectProblem(409);

        assertThat((List<List<String>>) api.get(staff, "/api/v1/certification/sessions/" + session + "/candidates")
                        .json("$[*].documents"))
                .containsOnly(List.of("IJAZAH", "KTP", "PAS_FOTO"));
        assertThat(new String(
                        api.get(staff, "/api/v1/certification/candidates/" + ids.get(0) + "/documents/KTP")
                                .expect(200)
                                .body(),
                        StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
        api.get(w.company, "/api/v1/certification/candidates/" + ids.get(0) + "/documents/KTP")
                .expectProblem(403);
        for (String id : ids) {
            api.post(staff, "/api/v1/certification/candidates/" + id + "/check", "{\"eligible\":true}")
                    .expect(200);
            api.post(
                            staff,
                            "/api/v1/certification/candidates/" + id + "/payment",
                            "{\"reference\":\"NTPN-" + id.substring(0, 8) + "\"}")
                    .expect(200);
        }
        assertThat((String) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(2))
                        .json("$.seatNumber"))
                .endsWith("-003");
        String seatOfAni = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                .json("$.seatNumber");
        // Each candidate got the personal link by e-mail, then the outcome of the check.
        assertThat(mailTo("citra.dewi@example.co.id"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Registration for exam " + code + " received / Pendaftaran ujian")
                        .contains("— Dalam Bahasa Indonesia —"));
        assertThat(mailTo("ani.lestari@example.co.id"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Pendaftaran ujian")
                        .contains("/sertifikasi/pendaftaran/" + tokens.get(0)))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Pendaftaran ujian " + code + " memenuhi syarat")
                        .contains("pembayaran"));
        // Three days before the exam each seated candidate gets the exam card by e-mail, once.
        examReminders.remind();
        assertThat(mailTo("ani.lestari@example.co.id"))
                .noneSatisfy(m -> assertThat(m).startsWith("Ujian " + code));
        clock.advance(Duration.ofDays(11));
        examReminders.remind();
        examReminders.remind();
        assertThat(mailTo("ani.lestari@example.co.id").stream().filter(m -> m.startsWith("Ujian " + code)))
                .singleElement()
                .asString()
                .contains(seatOfAni, "Pusdiklat BC, Jakarta");
        // Before the exam's day nothing of its outcome can be recorded.
        Response early = api.post(
                        staff, "/api/v1/certification/candidates/" + ids.get(0) + "/attendance", "{\"attended\":true}")
                .expectProblem(409);
        assertThat((String) early.json("$.currentState")).isEqualTo("NOT_HELD");
        assertThat((String) early.json("$.detail")).startsWith("Ujian " + code + " baru diselenggarakan pada ");
        api.post(staff, "/api/v1/certification/sessions/" + session + "/publish")
                .expectProblem(409);
        api.post(head, "/api/v1/certification/sessions/" + session + "/certificates")
                .expectProblem(409);
        clock.advance(Duration.ofDays(3));
        for (String id : ids) {
            api.post(staff, "/api/v1/certification/candidates/" + id + "/attendance", "{\"attended\":true}")
                    .expect(200);
        }
        api.post(staff, "/api/v1/certification/sessions/" + session + "/scores", """
                {"scores":[{"candidateId":"%s","multipleChoice":80,"essay":70},{"candidateId":"%s","multipleChoice":90,"essay":60}]}""".formatted(ids.get(0), ids.get(1)))
                .expect(200);
        // The third from the marking team's sheet, by seat number.
        String seat3 = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(2))
                .json("$.seatNumber");
        csvScores(session, "seat_number,multiple_choice,essay\n" + seat3 + ",40,50\n")
                .expect(200);
        csvScores(session, "seat_number,multiple_choice,essay\nNO-SEAT,40,50\n").expectProblem(400, "file");
        api.post(
                        staff,
                        "/api/v1/certification/sessions/" + session + "/scores",
                        "{\"scores\":[{\"candidateId\":\"" + java.util.UUID.randomUUID()
                                + "\",\"multipleChoice\":80,\"essay\":80}]}")
                .expectProblem(400, "scores[0].candidateId");
        assertThat((Boolean) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                        .json("$.resultsPublished"))
                .isFalse();
        assertThat((Object) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                        .json("$.finalScore"))
                .isNull();
        clock.advance(Duration.ofDays(2));
        api.post(staff, "/api/v1/certification/sessions/" + session + "/publish")
                .expect(200);
        Response ani = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                .expect(200);
        assertThat((Double) ani.json("$.finalScore")).isEqualTo(75.0);
        assertThat((Boolean) ani.json("$.passed")).isTrue();
        assertThat((Boolean) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(2))
                        .json("$.passed"))
                .isFalse();

        // The exam service is rated on passing and collecting the certificate, not before (seed 002).
        String survey = "{\"satisfaction\":4,\"elements\":[4,4,3,4,4,4,4,3,4]}";
        assertThat((List<String>) ani.json("$.surveysOpen")).isEmpty();
        api.post(
                        null,
                        "/api/v1/public/certification/registrations/" + tokens.get(0) + "/surveys/REGISTRATION_CHECK",
                        survey)
                .expectProblem(409);

        api.post(staff, "/api/v1/certification/sessions/" + session + "/certificates")
                .expectProblem(403);
        Response issued = api.post(head, "/api/v1/certification/sessions/" + session + "/certificates")
                .expect(201);
        assertThat((List<String>) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                        .json("$.surveysOpen"))
                .containsExactly("REGISTRATION_CHECK", "CERTIFICATE_ISSUE");
        assertThat((List<String>) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(2))
                        .json("$.surveysOpen"))
                .isEmpty();
        api.post(
                        null,
                        "/api/v1/public/certification/registrations/" + tokens.get(0) + "/surveys/REGISTRATION_CHECK",
                        survey)
                .expect(204);
        assertThat((List<String>) issued.json("$[*].holderName")).containsExactly("Ani Lestari", "Bambang Sutrisno");
        String aniCode = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                .json("$.verificationCode");
        String aniNumber = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0))
                .json("$.certificateNumber");
        assertThat(aniNumber).matches("SAK\\.\\d{4}\\.\\d{5}");
        assertThat(mailTo("citra.dewi@example.co.id"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Results of exam " + code)
                        .contains("Nilai akhir Anda 45,00", "TIDAK LULUS"));
        assertThat(mailTo("ani.lestari@example.co.id"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Sertifikat ahli kepabeanan " + aniNumber)
                        .contains("/verify?token=" + aniCode));

        // The applicant's own page, behind the e-mailed link: the result and the certificate to download.
        String anisPage = api.get(null, "/sertifikasi/pendaftaran/" + tokens.get(0))
                .expect(200)
                .text();
        assertThat(anisPage)
                .contains("Ani Lestari", "LULUS", aniNumber, "Unduh sertifikat (PDF)", "/verify?token=" + aniCode)
                .contains("/api/v1/public/certification/registrations/" + tokens.get(0) + "/certificate.pdf")
                .doesNotContain(nik(1), "<script");
        assertThat(api.get(null, "/sertifikasi/pendaftaran/" + tokens.get(2))
                        .expect(200)
                        .text())
                .contains("TIDAK LULUS")
                .doesNotContain("Unduh sertifikat");

        // Public verification by the QR token reveals only what a verifier needs.
        Response v = verifyToken(aniCode);
        assertThat((String) v.json("$.result")).isEqualTo("VALID");
        assertThat(v.text())
                .contains("Ani Lestari", aniNumber)
                .doesNotContain(nik(1))
                .doesNotContain("1990-05-17")
                .doesNotContain("Semarang");
        assertThat((String) verifyToken("0000000000000000000000000A").json("$.result"))
                .isEqualTo("UNKNOWN");
        assertThat((String)
                        api.get(null, "/api/v1/public/certificates/verify?number=" + aniNumber + "&name=Someone%20Else")
                                .expect(200)
                                .json("$.result"))
                .isEqualTo("UNKNOWN");
        assertThat((String)
                        api.get(null, "/api/v1/public/certificates/verify?number=" + aniNumber + "&name=ani%20lestari")
                                .expect(200)
                                .json("$.result"))
                .isEqualTo("VALID");
        api.get(null, "/api/v1/public/certificates/verify?number=" + aniNumber).expectProblem(400, "name");
        // The page the QR code opens: in Indonesian by default, in English on request, the refusal beside the field.
        assertThat(api.get(null, "/verify?token=" + aniCode).expect(200).text())
                .contains(
                        "SAH",
                        "Ani Lestari",
                        aniNumber,
                        "diterbitkan oleh Pusat Pendidikan dan Pelatihan Bea dan Cukai dan berlaku")
                .doesNotContain(nik(1), "<script");
        assertThat(api.get(null, "/verify?lang=en&token=" + aniCode).expect(200).text())
                .contains("VALID", "is valid", "Ani Lestari");
        assertThat(api.get(null, "/verify?number=" + aniNumber).expect(200).text())
                .contains("Nama pemegang wajib diisi")
                .doesNotContain("Ani Lestari");
        assertThat(api.get(null, "/verify?number=" + aniNumber + "&name=Someone%20Else")
                        .expect(200)
                        .text())
                .contains("TIDAK DIKENAL")
                .doesNotContain("Ani Lestari");

        // The certificate PDF carries the QR code's link; the Open Badges credential verifies with the published key.
        byte[] certificate = api.get(
                        null, "/api/v1/public/certification/registrations/" + tokens.get(0) + "/certificate.pdf")
                .expect(200)
                .body();
        assertThat(text(certificate))
                .contains(
                        "PUSAT PENDIDIKAN DAN PELATIHAN BEA DAN CUKAI",
                        "SERTIFIKAT AHLI KEPABEANAN",
                        "Nomor: " + aniNumber,
                        "Ani Lestari",
                        "LULUS Ujian Sertifikasi Ahli Kepabeanan tahun " + today().getYear(),
                        "Jakarta, " + Pdfs.indonesianDate(today()),
                        "Kepala Pusat Pendidikan dan Pelatihan Bea dan Cukai,",
                        "Dr. Siti Rahayu",
                        "NIP 197001011990031001",
                        "Kode verifikasi: " + aniCode,
                        "Halaman 1 dari 1");
        assertThat(Pdfs.landscape(certificate, 1)).isTrue();
        assertThat(Pdfs.pages(certificate)).isEqualTo(1);
        Pdfs.assertPdfA2b(certificate);
        Pdfs.picture(certificate, "sak-certificate");
        byte[] inEnglish = api.send(api.request(
                                null,
                                "/api/v1/public/certification/registrations/" + tokens.get(0) + "/certificate.pdf")
                        .header("Accept-Language", "en-GB,en;q=0.9,id;q=0.5"))
                .expect(200)
                .body();
        assertThat(text(inEnglish))
                .contains("CUSTOMS EXPERT CERTIFICATE", "awarded to", "Page 1 of 1")
                .doesNotContain("diberikan kepada");

        // The centre's own letterhead, set by its head, replaces the deployment's on the centre's documents.
        String letterhead = "/api/v1/certification/letterhead";
        assertThat((Boolean) api.get(staff, letterhead).expect(200).json("$.own"))
                .isFalse();
        String medan = """
                {"lines":["Kementerian Keuangan Republik Indonesia","Balai Pendidikan dan Pelatihan Keuangan Medan"],
                 "address":"Jl. Sei Batang Hari No. 1, Medan","place":"Medan","headPosition":"Kepala Balai"}""";
        api.put(staff, letterhead, medan).expectProblem(403);
        api.put(head, letterhead, """
                {"lines":[],"place":"Medan","headPosition":"Kepala"}""").expectProblem(400, "lines");
        api.put(head, letterhead, """
                {"lines":["Balai\\nMedan"],"place":"Medan","headPosition":"Kepala"}""").expectProblem(400, "lines[0]");
        api.put(head, letterhead, """
                {"lines":["Balai Medan"],"headPosition":"Kepala"}""").expectProblem(400, "place");
        assertThat((Boolean) api.put(head, letterhead, medan).expect(200).json("$.own"))
                .isTrue();
        byte[] onItsOwn = api.get(
                        null, "/api/v1/public/certification/registrations/" + tokens.get(0) + "/certificate.pdf")
                .expect(200)
                .body();
        assertThat(text(onItsOwn))
                .contains("BALAI PENDIDIKAN DAN PELATIHAN KEUANGAN MEDAN", "Medan, " + Pdfs.indonesianDate(today()))
                .doesNotContain("PUSAT PENDIDIKAN DAN PELATIHAN BEA DAN CUKAI", "Jakarta, ");
        // The public verification names the centre that issued it, as its letterhead does.
        assertThat(api.get(null, "/verify?token=" + aniCode).expect(200).text())
                .contains("diterbitkan oleh Balai Pendidikan dan Pelatihan Keuangan Medan dan berlaku");
        assertThat((String) api.get(null, "/api/v1/public/certificates/verify?token=" + aniCode)
                        .expect(200)
                        .json("$.issuedBy"))
                .isEqualTo("Balai Pendidikan dan Pelatihan Keuangan Medan");
        assertThat((Boolean) api.delete(head, letterhead).expect(200).json("$.own"))
                .isFalse();
        String jwt = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(0) + "/credential")
                .expect(200)
                .text();
        JsonNode issuer = json.readTree(
                api.get(null, "/api/v1/public/certification/issuer").expect(200).body());
        PublicKey key = ed25519(issuer.path("verificationMethod")
                .get(0)
                .path("publicKeyJwk")
                .path("x")
                .asString(""));
        assertThat(verifies(jwt, key)).isTrue();
        assertThat(verifies(jwt.substring(0, jwt.length() - 4) + "AAAA", key)).isFalse();
        JsonNode credential = payload(jwt);
        assertThat(credential.path("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.path("credentialSubject").path("name").asString(""))
                .isEqualTo("Ani Lestari");
        int aniIndex = Integer.parseInt(
                credential.path("credentialStatus").path("statusListIndex").asString(""));
        assertThat(revoked(key, aniIndex)).isFalse();

        // Legalization: it comes with the applicant's identity (seed 002: "dilengkapi identitas"); an
        // officer verifies, the head signs — never one person for both layers.
        String legalization = """
                {"kind":"LEGALIZATION","certificateNumber":"%s","nationalId":"%s","applicantName":"Ani Lestari",
                 "applicantEmail":"ani@example.co.id","explanation":"Untuk melamar sebagai PPJK","copies":2}""".formatted(aniNumber, nik(1));
        api.post(null, "/api/v1/public/certification/requests", legalization).expectProblem(400, "documents.identity");
        Response leg = request(legalization, Map.of("identity", pdf())).expect(201);
        String legId = leg.json("$.requestId"), legToken = leg.json("$.accessToken");
        assertThat(api.get(staff, "/api/v1/certification/requests/" + legId + "/documents/identity")
                        .expect(200)
                        .contentType())
                .startsWith("application/pdf");
        api.get(w.company, "/api/v1/certification/requests/" + legId + "/documents/identity")
                .expectProblem(403);
        api.post(headAndStaff, "/api/v1/certification/requests/" + legId + "/verify", "{\"confirmed\":true}")
                .expect(200);
        api.post(headAndStaff, "/api/v1/certification/requests/" + legId + "/sign", "{}")
                .expectProblem(409);
        api.post(head, "/api/v1/certification/requests/" + legId + "/sign", "{}")
                .expect(200);
        Response legStatus = api.get(null, "/api/v1/public/certification/requests/" + legToken)
                .expect(200);
        assertThat((String) legStatus.json("$.state")).isEqualTo("COMPLETED");
        List<String> copies = legStatus.json("$.legalizedCopyCodes");
        assertThat(copies).hasSize(2).doesNotContain(aniCode);
        Response copy = verifyToken(copies.get(1));
        assertThat((String) copy.json("$.result")).isEqualTo("VALID");
        assertThat((Integer) copy.json("$.legalizedCopy")).isEqualTo(2);
        byte[] legalizedPdf = api.get(null, "/api/v1/public/certification/requests/" + legToken + "/document.pdf")
                .expect(200)
                .body();
        Pdfs.picture(legalizedPdf, "legalized-copies");
        assertThat(text(legalizedPdf))
                .contains(
                        "LEGALISASI SALINAN SERTIFIKAT AHLI KEPABEANAN",
                        "Salinan 1 dari 2",
                        "Salinan 2 dari 2",
                        aniNumber,
                        copies.get(0),
                        copies.get(1),
                        "Dr. Siti Rahayu",
                        "Halaman 2 dari 2");
        assertThat(mailTo("ani@example.co.id"))
                .anySatisfy(m -> assertThat(m).contains("/sertifikasi/layanan/" + legToken))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Permohonan legalisasi selesai")
                        .contains("(skala 1-4)"));
        api.post(
                        null,
                        "/api/v1/public/certification/requests/" + legToken + "/survey",
                        "{\"satisfaction\":4,\"elements\":[4,4,3,4,4,4,4,3,4]}")
                .expect(204);
        api.post(
                        null,
                        "/api/v1/public/certification/requests/" + legToken + "/survey",
                        "{\"satisfaction\":4,\"elements\":[4,4,3,4,4,4,4,3,4]}")
                .expectProblem(409);

        // Correction (ralat) of Bambang's name, after an interview; the old certificate points to the corrected one.
        String bambangNumber = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(1))
                .json("$.certificateNumber");
        String bambangCode = api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(1))
                .json("$.verificationCode");
        Response cor = api.post(null, "/api/v1/public/certification/requests", """
                {"kind":"CORRECTION","certificateNumber":"%s","nationalId":"%s","applicantName":"Bambang Sutrisno",
                 "applicantEmail":"bambang@example.co.id","explanation":"Nama salah eja",
                 "correction":{"holderName":"Bambang Soetrisno"}}""".formatted(bambangNumber, nik(2)))
                .expect(201);
        String corId = cor.json("$.requestId"), corToken = cor.json("$.accessToken");
        api.post(staff, "/api/v1/certification/requests/" + corId + "/verify", "{\"confirmed\":true}")
                .expectProblem(400, "interviewRecord");
        // A verification naming a version the request is no longer at is refused (412) before any other check.
        assertThat(api.get(staff, "/api/v1/certification/requests/" + corId).header("ETag"))
                .matches("\"\\d+\"");
        api.send(api.request(staff, "/api/v1/certification/requests/" + corId + "/verify")
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"999\"")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"confirmed\":true}")))
                .expectProblem(412);
        api.post(staff, "/api/v1/certification/requests/" + corId + "/verify", """
                {"confirmed":true,"interviewRecord":"Berita Acara wawancara: pemohon menunjukkan KTP asli; ejaan nama pada KTP Soetrisno"}""")
                .expect(200);
        api.post(head, "/api/v1/certification/requests/" + corId + "/sign", "{}")
                .expect(200);
        Response corrected = verifyToken(bambangCode);
        assertThat((String) corrected.json("$.result")).isEqualTo("REPLACED");
        String newNumber = corrected.json("$.replacedBy");
        assertThat(newNumber).isEqualTo(bambangNumber + "/R1");
        byte[] correctionPdf = api.get(null, "/api/v1/public/certification/requests/" + corToken + "/document.pdf")
                .expect(200)
                .body();
        assertThat(text(correctionPdf))
                .contains(
                        "SURAT KETERANGAN RALAT SERTIFIKAT",
                        "Nomor: SKR-",
                        "Yang bertanda tangan di bawah ini",
                        "Nama pemegang Bambang Sutrisno Bambang Soetrisno",
                        "bernomor " + newNumber,
                        "Dr. Siti Rahayu",
                        "Halaman 1 dari 1");
        Pdfs.assertPdfA2b(correctionPdf);
        // The holder's own page and downloads follow the corrected certificate.
        assertThat((String) api.get(null, "/api/v1/public/certification/registrations/" + tokens.get(1))
                        .json("$.certificateNumber"))
                .isEqualTo(newNumber);
        assertThat(text(api.get(
                                null,
                                "/api/v1/public/certification/registrations/" + tokens.get(1) + "/certificate.pdf")
                        .expect(200)
                        .body()))
                .contains("Bambang Soetrisno", "Nomor: " + newNumber);
        Pdfs.picture(correctionPdf, "correction-letter");
        String newId = ((List<String>) api.get(staff, "/api/v1/certification/certificates?number=" + newNumber)
                        .json("$[*].id"))
                .get(0);
        assertThat((List<String>) api.get(staff, "/api/v1/certification/certificates/" + newId)
                        .json("$.history[*].field"))
                .contains("predecessor", "holderName");
        int bambangIndex = Integer.parseInt(payloadIndex(bambangNumber));
        assertThat(revoked(key, bambangIndex)).isTrue();

        // Lost certificate: Ani's original is marked lost and a replacement letter succeeds it.
        Response lost = api.post(null, "/api/v1/public/certification/requests", """
                {"kind":"LOST_CERTIFICATE","certificateNumber":"%s","nationalId":"%s","applicantName":"Ani Lestari",
                 "applicantEmail":"ani@example.co.id","explanation":"Hilang saat pindah rumah"}""".formatted(aniNumber, nik(1)))
                .expect(201);
        String lostId = lost.json("$.requestId"), lostToken = lost.json("$.accessToken");
        api.post(
                        staff,
                        "/api/v1/certification/requests/" + lostId + "/verify",
                        "{\"confirmed\":true,\"interviewRecord\":\"Berita Acara wawancara: surat kehilangan dari kepolisian diperiksa\"}")
                .expect(200);
        api.post(head, "/api/v1/certification/requests/" + lostId + "/sign", "{}")
                .expect(200);
        // A lost certificate verifies as lost, naming the register number of the letter that replaces it.
        Response lostAnswer = verifyToken(aniCode);
        assertThat((String) lostAnswer.json("$.result")).isEqualTo("LOST");
        assertThat((String) lostAnswer.json("$.replacedBy")).isNotBlank().isNotEqualTo(aniNumber);
        byte[] replacementPdf = api.get(null, "/api/v1/public/certification/requests/" + lostToken + "/document.pdf")
                .expect(200)
                .body();
        Pdfs.picture(replacementPdf, "replacement-letter");
        assertThat(text(replacementPdf))
                .contains(
                        "SURAT KETERANGAN PENGGANTI SERTIFIKAT HILANG",
                        "SKH-",
                        aniNumber,
                        "dinyatakan hilang",
                        "NIP 197001011990031001");
        assertThat(revoked(key, aniIndex)).isTrue();
        // A lost certificate is served no more.
        api.post(null, "/api/v1/public/certification/requests", """
                {"kind":"LEGALIZATION","certificateNumber":"%s","nationalId":"%s","applicantName":"Ani Lestari",
                 "applicantEmail":"ani@example.co.id","explanation":"x","copies":1}""".formatted(aniNumber, nik(1)))
                .expectProblem(409);

        // The service report counts the legalization survey and the handling times.
        Response report = api.get(
                        staff, "/api/v1/certification/service-report?from=" + today().minusDays(30) + "&to=" + today())
                .expect(200);
        assertThat((List<Integer>) report.json("$.services[?(@.service == 'LEGALIZATION')].satisfaction.responses"))
                .containsExactly(1);
        assertThat((List<Double>)
                        report.json("$.services[?(@.service == 'LEGALIZATION')].satisfaction.satisfiedPercent"))
                .containsExactly(100.0);
        assertThat((List<Integer>) report.json("$.services[?(@.service == 'CORRECTION')].timeliness[0].onTime"))
                .containsExactly(1);
        // The unit's figure over all services counts every answer each service counts.
        assertThat((Integer) report.json("$.allServices.responses"))
                .isEqualTo(((List<Integer>) report.json("$.services[*].satisfaction.responses"))
                        .stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(2);
        // Other tests share the database: at least this test's three registration checks are counted.
        assertThat(((List<Integer>)
                                report.json(
                                        "$.services[?(@.service == 'EXAM')].timeliness[?(@.caseType == 'REGISTRATION_CHECK')].cases"))
                        .get(0))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anImportWhoseInstanceDiedCarriesOnAfterTheLastRowItCounted() throws Exception {
        String prefix = "RES-" + w.suffix.toUpperCase();
        String file = "number,holder_name,national_id,birth_place,birth_date,exam_year,issued_on\n"
                + prefix + "-1,Gita Lestari," + nik(31) + ",Bogor,1981-01-01,2014,2014-06-01\n"
                + prefix + "-2,Hadi Saputra,999,Solo,1982-02-02,2016,2016-06-01\n"
                + prefix + "-3,Indah Permata," + nik(33) + ",Medan,1983-03-03,2017,2017-06-01\n"
                + prefix + "-4,Joko Susilo," + nik(34) + ",Malang,1984-04-04,2018,2018-06-01\n";
        // The state a dead instance left: row 1 entered, row 2 refused and both counted, then nothing.
        api.post(staff, "/api/v1/certification/database-entries", """
                {"number":"%s-1","holderName":"Gita Lestari","nationalId":"%s","birthPlace":"Bogor","birthDate":"1981-01-01",
                 "examYear":2014,"issuedOn":"2014-06-01"}""".formatted(prefix, nik(31)))
                .expect(201);
        java.util.UUID job = java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO cert_import (id, state, total_rows, processed_rows, created_rows, error_rows, errors, started_at,
                    started_by, started_by_name, started_by_org, source_text, lease_until)
                VALUES (?, 'RUNNING', 4, 2, 1, 1, '[]', ?, ?, ?, ?, ?, ?)""")
                .params(
                        job,
                        id.rantai.shared.jdbc.SqlTime.of(clock.instant()),
                        java.util.UUID.randomUUID(),
                        staff,
                        java.util.UUID.fromString(w.trainingCentreId),
                        file,
                        id.rantai.shared.jdbc.SqlTime.of(clock.instant().minusSeconds(1)))
                .update();
        jdbc.sql(
                        "INSERT INTO cert_import_error (import_id, line_number, field_name, message) VALUES (?, 3, 'national_id', 'x')")
                .param(job)
                .update();

        assertThat(databaseInput.resumeAbandoned()).isEqualTo(1);
        Response done = importDone(job.toString());
        assertThat((Integer) done.json("$.processedRows")).isEqualTo(4);
        assertThat((Integer) done.json("$.createdRows")).isEqualTo(3);
        // Row 1 was not entered again (that would be refused as a duplicate), row 2 not reported twice.
        assertThat((List<Integer>) done.json("$.errors[*].line")).containsExactly(3);
        for (int n = 1; n <= 4; n++) {
            assertThat((List<String>) api.get(staff, "/api/v1/certification/certificates?number=" + prefix + "-" + n)
                            .json("$[*].number"))
                    .as("row %d", n)
                    .hasSize(n == 2 ? 0 : 1);
        }
        assertThat(databaseInput.resumeAbandoned()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cert_import WHERE id = ? AND source_text IS NULL")
                        .param(job)
                        .query(Long.class)
                        .single())
                .as("the file is dropped once done")
                .isEqualTo(1);
    }

    @Test
    void oldCertificatesAreEnteredAndBecomeVerifiableOnlyWhenAnotherOfficerHasCheckedThem() throws Exception {
        String prefix = "OLD-" + w.suffix.toUpperCase();
        String file = "number,holder_name,national_id,birth_place,birth_date,exam_year,issued_on\n"
                + prefix + "-1,Dewi Sartika," + nik(11) + ",Bandung,1980-01-01,2015,2015-06-01\n"
                + prefix + "-2,Eko Prasetyo,12345,Solo,1982-02-02,2016,2016-06-01\n"
                + prefix + "-3,Fajar Nugroho," + nik(13) + ",Medan,1983-03-03,2017,2017-06-01\n";
        String duplicated = file + prefix + "-1,Again," + nik(14) + ",X,1980-01-01,2015,2015-06-01\n";
        api.uploadParts(
                        staff,
                        "/api/v1/certification/database-entries/import",
                        Map.of(),
                        Map.of("file", duplicated.getBytes(StandardCharsets.UTF_8)),
                        "old.csv",
                        "text/csv")
                .expectProblem(400, "file");
        String job = api.uploadParts(
                        staff,
                        "/api/v1/certification/database-entries/import",
                        Map.of(),
                        Map.of("file", file.getBytes(StandardCharsets.UTF_8)),
                        "old.csv",
                        "text/csv")
                .expect(202)
                .id();
        Response done = importDone(job);
        assertThat((Integer) done.json("$.createdRows")).isEqualTo(2);
        assertThat((List<Integer>) done.json("$.errors[*].line")).containsExactly(3);
        assertThat((List<String>) done.json("$.errors[*].field")).containsExactly("national_id");

        String dewi = ((List<String>) api.get(staff, "/api/v1/certification/certificates?number=" + prefix + "-1")
                        .json("$[*].id"))
                .get(0);
        String dewiCode =
                api.get(staff, "/api/v1/certification/certificates/" + dewi).json("$.certificate.verificationCode");
        assertThat((String) verifyToken(dewiCode).json("$.result")).isEqualTo("UNKNOWN");
        api.post(staff, "/api/v1/certification/certificates/" + dewi + "/confirm")
                .expectProblem(409);
        api.post(staff2, "/api/v1/certification/certificates/" + dewi + "/confirm")
                .expect(200);
        assertThat((String) verifyToken(dewiCode).json("$.result")).isEqualTo("VALID");
        api.post(staff, "/api/v1/certification/database-entries", """
                {"number":"%s-1","holderName":"Dup","nationalId":"%s","birthPlace":"X","birthDate":"1980-01-01","examYear":2015,
                 "issuedOn":"2015-06-01"}""".formatted(prefix, nik(15)))
                .expectProblem(400, "number");
        assertThat((List<String>) api.get(staff, "/api/v1/certification/certificates?name=sartika&year=2015")
                        .json("$[*].number"))
                .contains(prefix + "-1");
    }

    @Test
    void aHolderAsksForTheirOldCertificateToBeEnteredAndRatesTheService() throws Exception {
        String number = "LAMA-" + w.suffix.toUpperCase();
        String application = """
                {"kind":"DATABASE_INPUT","certificateNumber":"%s","nationalId":"%s","applicantName":"Gunawan",
                 "applicantEmail":"gunawan@example.co.id","explanation":"Sertifikat 2012 belum ada di database",
                 "entry":{"holderName":"Gunawan Wibisono","birthPlace":"Kudus","birthDate":"1979-04-04","examYear":2012,
                 "issuedOn":"2012-07-01"},"trainingCentreId":"%s"}""".formatted(number, nik(41), w.trainingCentreId);
        // The certificate to enter comes with a scan of it and the holder's identity.
        request(application, Map.of("identity", pdf())).expectProblem(400, "documents.certificate");
        request(
                        application.replace("\"examYear\":2012", "\"examYear\":1970"),
                        Map.of("identity", pdf(), "certificate", pdf()))
                .expectProblem(400, "entry.examYear");
        Response filed = request(application, Map.of("identity", pdf(), "certificate", pdf()))
                .expect(201);
        String id = filed.json("$.requestId"), token = filed.json("$.accessToken");
        assertThat(api.get(staff, "/api/v1/certification/requests/" + id + "/documents/certificate")
                        .expect(200)
                        .text())
                .startsWith("%PDF");

        // The officer verifies the documents with the applicant (no interview); the head enters it,
        // checked by a second person, and it is verifiable at once.
        api.post(staff, "/api/v1/certification/requests/" + id + "/verify", "{\"confirmed\":true}")
                .expect(200);
        api.post(head, "/api/v1/certification/requests/" + id + "/sign", "{}").expect(200);
        Response status =
                api.get(null, "/api/v1/public/certification/requests/" + token).expect(200);
        assertThat((String) status.json("$.state")).isEqualTo("COMPLETED");
        assertThat((String) status.json("$.newCertificateNumber")).isEqualTo(number);
        assertThat((String) api.get(
                                null,
                                "/api/v1/public/certificates/verify?number=" + number + "&name=gunawan%20wibisono")
                        .json("$.result"))
                .isEqualTo("VALID");
        assertThat(text(api.get(null, "/api/v1/public/certification/requests/" + token + "/document.pdf")
                        .expect(200)
                        .body()))
                .contains("Gunawan Wibisono", number);
        // The same number cannot be asked for again.
        request(application, Map.of("identity", pdf(), "certificate", pdf())).expectProblem(400, "certificateNumber");

        // Like every other service, it is rated.
        assertThat((Boolean) status.json("$.surveyOpen")).isTrue();
        api.post(
                        null,
                        "/api/v1/public/certification/requests/" + token + "/survey",
                        "{\"satisfaction\":3,\"elements\":[3,3,3,3,3,3,3,3,3]}")
                .expect(204);
        assertThat((List<Integer>) api.get(
                                staff,
                                "/api/v1/certification/service-report?from=" + today().minusDays(1) + "&to=" + today())
                        .json("$.services[?(@.service == 'DATABASE_INPUT')].satisfaction.responses"))
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    /**
     * Two training centres on one Rantai: the staff and head of the second see and change nothing of
     * the first's — sessions, candidates and their national ID numbers, certificates, requests,
     * complaints, imports, the service report — each answered 404 as if it did not exist, while the
     * first centre works as before and the administrator sees both.
     */
    @Test
    void anotherTrainingCentreSeesAndChangesNothingOfThisOne() throws Exception {
        World other = new World(api);
        String staffB = other.trainer, headB = "head-b-" + w.suffix;
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Kepala Balai","organisationId":"%s",
                 "roles":["CERTIFICATION_HEAD"]}""".formatted(headB, Api.PASSWORD, other.trainingCentreId))
                .expect(201);

        // Each centre's letterhead is its own: the other centre's head sets theirs, this one's is untouched.
        api.put(headB, "/api/v1/certification/letterhead", """
                {"lines":["Kementerian Keuangan Republik Indonesia","Balai Diklat Keuangan Medan"],
                 "place":"Medan","headPosition":"Kepala Balai"}""").expect(200);
        assertThat((String) api.get(staffB, "/api/v1/certification/letterhead")
                        .expect(200)
                        .json("$.lines[1]"))
                .isEqualTo("Balai Diklat Keuangan Medan");
        assertThat((Boolean) api.get(staff, "/api/v1/certification/letterhead")
                        .expect(200)
                        .json("$.own"))
                .isFalse();

        // This centre's session and a registration to it.
        String session = session(5);
        String candidate =
                register(session, "Rudi Hartono", nik(51)).expect(201).json("$.candidateId");
        String s = "/api/v1/certification/sessions/" + session, c = "/api/v1/certification/candidates/" + candidate;
        assertThat(api.get(staffB, "/api/v1/certification/sessions").expect(200).text())
                .doesNotContain(session);
        api.get(staffB, s + "/candidates").expectProblem(404);
        api.get(staffB, c + "/documents/KTP").expectProblem(404);
        api.post(staffB, c + "/check", "{\"eligible\":true}").expectProblem(404);
        api.post(staffB, c + "/payment", "{\"reference\":\"NTPN-1\"}").expectProblem(404);
        api.post(staffB, c + "/attendance", "{\"attended\":true}").expectProblem(404);
        api.post(staffB, s + "/scores", "{\"scores\":[]}").expectProblem(404);
        api.post(staffB, s + "/publish").expectProblem(404);
        api.post(headB, s + "/certificates").expectProblem(404);
        assertThat(api.get("admin", "/api/v1/certification/sessions")
                        .expect(200)
                        .text())
                .contains(session);
        // A session code is each centre's own.
        String code = "SAK-" + w.suffix.substring(0, 6).toUpperCase(); // the code session() gave this centre's
        api.post(staffB, "/api/v1/certification/sessions", """
                {"code":"%s","title":"Ujian SAK","examDate":"%s","venue":"Balai Diklat Medan","capacity":5,
                 "registrationOpens":"%s","registrationCloses":"%s"}""".formatted(
                                code, today().plusDays(14), today().minusDays(1), today().plusDays(7)))
                .expect(201);
        api.post(staff, c + "/check", "{\"eligible\":true}").expect(200);

        // This centre's certificate, entered and checked by two of its people.
        String number = "TC-" + w.suffix.toUpperCase();
        String cert = api.post(staff, "/api/v1/certification/database-entries", """
                {"number":"%s","holderName":"Sri Wahyuni","nationalId":"%s","birthPlace":"Bogor","birthDate":"1981-01-01",
                 "examYear":2014,"issuedOn":"2014-06-01"}""".formatted(number, nik(52)))
                .expect(201)
                .id();
        String k = "/api/v1/certification/certificates/" + cert;
        api.post(staffB, k + "/confirm").expectProblem(404);
        api.post(headAndStaff, k + "/confirm").expect(200);
        assertThat((List<?>) api.get(staffB, "/api/v1/certification/certificates?number=" + number)
                        .json("$"))
                .isEmpty();
        api.get(staffB, k).expectProblem(404);
        api.get(staffB, k + "/certificate.pdf").expectProblem(404);
        api.post(headB, k + "/revoke", "{\"reason\":\"x\"}").expectProblem(404);

        // A request about it goes to this centre; the other can neither read nor decide it.
        String request = request("""
                {"kind":"LEGALIZATION","certificateNumber":"%s","nationalId":"%s","applicantName":"Sri Wahyuni",
                 "applicantEmail":"sri@example.co.id","explanation":"Untuk melamar","copies":1}""".formatted(number, nik(52)), Map.of("identity", pdf()))
                .expect(201)
                .json("$.requestId");
        String r = "/api/v1/certification/requests/" + request;
        assertThat(api.get(staffB, "/api/v1/certification/requests").expect(200).text())
                .doesNotContain(request);
        api.get(staffB, r).expectProblem(404);
        api.get(staffB, r + "/documents/identity").expectProblem(404);
        api.post(staffB, r + "/verify", "{\"confirmed\":true}").expectProblem(404);
        api.post(staff, r + "/verify", "{\"confirmed\":true}").expect(200);
        api.post(headB, r + "/sign", "{}").expectProblem(404);
        api.get(headB, r + "/document.pdf").expectProblem(404);
        assertThat(api.get(staff, "/api/v1/certification/requests").expect(200).text())
                .contains(request);
        assertThat(api.get("admin", "/api/v1/certification/requests")
                        .expect(200)
                        .text())
                .contains(request);

        // A complaint names its centre (several run here); an unknown one is refused naming the field.
        String complaint = """
                {"service":"CERTIFICATE","applicantName":"Sri","applicantEmail":"sri@example.co.id",
                 "description":"Belum terbit","trainingCentreId":"%s"}""";
        api.post(null, "/api/v1/public/certification/complaints", complaint.replace(",\"trainingCentreId\":\"%s\"", ""))
                .expectProblem(400, "trainingCentreId");
        api.post(null, "/api/v1/public/certification/complaints", complaint.formatted(w.companyId))
                .expectProblem(400, "trainingCentreId");
        String filed = api.post(
                        null, "/api/v1/public/certification/complaints", complaint.formatted(w.trainingCentreId))
                .expect(201)
                .json("$.complaintId");
        assertThat(api.get(staffB, "/api/v1/certification/complaints")
                        .expect(200)
                        .text())
                .doesNotContain(filed);
        api.post(staffB, "/api/v1/certification/complaints/" + filed + "/answer", "{\"answer\":\"x\"}")
                .expectProblem(404);
        assertThat(api.get(staff, "/api/v1/certification/complaints")
                        .expect(200)
                        .text())
                .contains(filed);

        // An import's progress is its centre's.
        Response started = api.uploadParts(
                        staff,
                        "/api/v1/certification/database-entries/import",
                        Map.of(),
                        Map.of(
                                "file",
                                ("number,holder_name,national_id,birth_place,birth_date,exam_year,issued_on\n" + number
                                                + "-I,Tono," + nik(53) + ",Solo,1980-01-01,2015,2015-06-01\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        "old.csv",
                        "text/csv")
                .expect(202);
        String job = started.id();
        assertThat(started.header("Location")).isEqualTo("/api/v1/certification/imports/" + job);
        importDone(job);
        api.get(staffB, "/api/v1/certification/imports/" + job).expectProblem(404);
        assertThat(api.get(staff, "/api/v1/certification/imports").expect(200).<List<String>>json("$[*].id"))
                .contains(job);
        assertThat(api.get(staffB, "/api/v1/certification/imports").expect(200).<List<String>>json("$[*].id"))
                .doesNotContain(job);

        // Each centre's service report counts its own cases only: the second has none today.
        String period = "?from=" + today() + "&to=" + today();
        Response reportB =
                api.get(staffB, "/api/v1/certification/service-report" + period).expect(200);
        assertThat((Integer) reportB.json("$.complaints.cases")).isZero();
        assertThat((List<Integer>) reportB.json("$.services[*].timeliness[*].cases"))
                .containsOnly(0);
        Response reportA =
                api.get(staff, "/api/v1/certification/service-report" + period).expect(200);
        assertThat((Integer) reportA.json("$.complaints.cases")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void verificationResistsGuessingAndIsRateLimited() {
        // Tokens are long, random and unrelated to the number; a burst from one address is refused.
        for (int i = 0; i < 30; i++) {
            assertThat((String) verifyToken(String.format("%026d", i)).json("$.result"))
                    .isEqualTo("UNKNOWN");
        }
        Response limited = api.get(null, "/api/v1/public/certificates/verify?token=AAAA");
        limited.expectProblem(429);
        clock.advance(Duration.ofMinutes(1));
        verifyToken("AAAA");
    }

    @Test
    void aComplaintIsAnsweredWithinThreeWorkingDaysAndCountedInTheReport() {
        Response filed = api.post(null, "/api/v1/public/certification/complaints", """
                {"service":"CERTIFICATE","applicantName":"Gita","applicantEmail":"gita@example.co.id",
                 "reference":"SAK.2025.00007","description":"Sertifikat belum dapat diambil","trainingCentreId":"%s"}""".formatted(w.trainingCentreId))
                .expect(201);
        String token = filed.json("$.accessToken"), id = filed.json("$.complaintId");
        LocalDate due = LocalDate.parse(filed.json("$.dueOn"));
        assertThat(due).isAfter(today());
        api.post(null, "/api/v1/public/certification/complaints", """
                {"service":"CATERING","applicantName":"G","applicantEmail":"g@example.co.id","description":"x",
                 "trainingCentreId":"%s"}""".formatted(w.trainingCentreId))
                .expectProblem(400, "service");
        api.post(w.company, "/api/v1/certification/complaints/" + id + "/answer", "{\"answer\":\"x\"}")
                .expectProblem(403);
        api.post(
                        staff,
                        "/api/v1/certification/complaints/" + id + "/answer",
                        "{\"answer\":\"Sertifikat dapat diambil mulai Senin di loket Pusdiklat\"}")
                .expect(200);
        assertThat((String) api.get(null, "/api/v1/public/certification/complaints/" + token)
                        .json("$.state"))
                .isEqualTo("ANSWERED");
        // The page the e-mail links to shows the answer, without script.
        assertThat(api.get(null, "/sertifikasi/pengaduan/" + token).expect(200).text())
                .contains("Telah dijawab", "mulai Senin di loket Pusdiklat", "Gita")
                .doesNotContain("<script");
        assertThat(mailTo("gita@example.co.id"))
                .anySatisfy(m -> assertThat(m).contains("/sertifikasi/pengaduan/" + token))
                .anySatisfy(m ->
                        assertThat(m).startsWith("Jawaban atas pengaduan").contains("mulai Senin di loket Pusdiklat"));
        Response report = api.get(staff, "/api/v1/certification/service-report?from=" + today() + "&to=" + today())
                .expect(200);
        assertThat((Integer) report.json("$.complaints.onTime")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) report.json("$.complaints.workingDaysStandard")).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String session = session(1);
        String late = api.post(staff, "/api/v1/certification/sessions", """
                {"code":"LATE-%s","title":"Closed","examDate":"%s","venue":"V","capacity":5,
                 "registrationOpens":"%s","registrationCloses":"%s"}""".formatted(
                                w.suffix.substring(0, 6).toUpperCase(),
                                today().plusDays(10),
                                today().minusDays(10),
                                today().minusDays(2)))
                .expect(201)
                .id();
        register(late, "Too Late", nik(21)).expectProblem(400, "sessionId");
        register(session, "Lang Unknown", nik(25), "fr").expectProblem(400, "language");
        register(session, "First In", nik(22)).expect(201);
        register(session, "Second In", nik(23)).expectProblem(409);
        api.post(staff, "/api/v1/certification/sessions", """
                {"code":"BAD","title":"T","examDate":"%s","venue":"V","capacity":5,"registrationOpens":"%s",
                 "registrationCloses":"%s"}""".formatted(today(), today(), today().plusDays(3)))
                .expectProblem(400, "registrationCloses");
        api.post(w.company, "/api/v1/certification/sessions", "{}").expectProblem(403);
        api.post(null, "/api/v1/public/certification/requests", """
                {"kind":"LEGALIZATION","certificateNumber":"NOPE","nationalId":"%s","applicantName":"A",
                 "applicantEmail":"a@b.id","explanation":"x","copies":1}""".formatted(nik(24)))
                .expectProblem(400, "certificateNumber");
        api.post(null, "/api/v1/public/certification/requests/XYZ/survey", "{\"satisfaction\":4}")
                .expectProblem(404);
    }

    // ---------------------------------------------------------------- a verifier outside Rantai

    static PublicKey ed25519(String x) throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] der = new byte[spki.length + raw.length];
        System.arraycopy(spki, 0, der, 0, spki.length);
        System.arraycopy(raw, 0, der, spki.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    static boolean verifies(String jwt, PublicKey key) throws Exception {
        int dot = jwt.lastIndexOf('.');
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(jwt.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        try {
            return s.verify(Base64.getUrlDecoder().decode(jwt.substring(dot + 1)));
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false;
        }
    }

    JsonNode payload(String jwt) {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    String payloadIndex(String number) {
        String id = ((List<String>) api.get(staff, "/api/v1/certification/certificates?number=" + number)
                        .json("$[*].id"))
                .get(0);
        return api.get(staff, "/api/v1/certification/certificates/" + id)
                .json("$.certificate.statusIndex")
                .toString();
    }

    /** Reads the status list as an outside verifier would: check the signature, inflate, read the bit. */
    boolean revoked(PublicKey key, int index) throws Exception {
        String jwt = api.get(null, "/api/v1/public/certification/status-list")
                .expect(200)
                .text();
        assertThat(verifies(jwt, key)).isTrue();
        String encoded =
                payload(jwt).path("credentialSubject").path("encodedList").asString("");
        assertThat(encoded).startsWith("u");
        byte[] bits = new GZIPInputStream(
                        new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bits).hasSize(16_384);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
