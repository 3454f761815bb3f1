package id.rantai.aeo;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.notification.internal.MailOutbox;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Pdfs;
import id.rantai.support.PublishedEvents;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An AEO self-assessment from start to acceptance over the real API, with its tenancy rules and bad
 * inputs; run on H2 and on PostgreSQL.
 */
abstract class AeoScenarios {
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
    PublishedEvents published;

    @Autowired
    EvidenceLibrary evidenceLibrary;

    @Autowired
    MailOutbox outbox;

    Api api;
    World w;
    String framework;
    List<String> leaves;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
        List<String> shipped = api.get(w.company, "/api/v1/aeo/frameworks")
                .expect(200)
                .json("$[?(@.key == 'AEO-ID' && @.version == '1')].id");
        framework = shipped.get(0);
        List<String> codes =
                api.get(w.company, "/api/v1/aeo/frameworks/" + framework).json("$.criteria[*].code");
        List<String> parents =
                api.get(w.company, "/api/v1/aeo/frameworks/" + framework).json("$.criteria[*].parentCode");
        Set<String> withChildren = new HashSet<>(parents);
        // The items that apply to a company that is neither a small business nor a reefer operator.
        List<String> conditional = api.get(w.company, "/api/v1/aeo/frameworks/" + framework)
                .json("$.criteria[?(@.appliesWhen != null)].code");
        leaves = codes.stream()
                .filter(c -> !withChildren.contains(c) && !conditional.contains(c))
                .toList();
    }

    @Test
    void companyAssessesItselfAndCustomsAcceptsAfterClarification() throws Exception {
        String id = start();
        String audited = evidence(w.company, "Audited financial statements 2024-2025", "2025-03-31", null);
        String sealSop = evidence(w.company, "SOP penyegelan kontainer", "2025-06-01", null);
        for (String code : leaves) {
            if (code.equals("3.b.2") || code.equals("6.b.4.h")) {
                continue; // the company is neither a small business nor a reefer operator
            }
            if (code.equals("6.d.2")) {
                answer(
                                w.company,
                                id,
                                code,
                                "{\"status\":\"NOT_APPLICABLE\",\"justification\":\"No CCTV system exists to share\"}")
                        .expect(200);
                continue;
            }
            // The seal SOP backs two items: the pack must still hold it once.
            String cites = code.equals("3.b.1")
                    ? "[\"" + audited + "\"]"
                    : code.equals("6.b.3") || code.equals("6.b.2") ? "[\"" + sealSop + "\"]" : "[]";
            answer(
                            w.company,
                            id,
                            code,
                            "{\"status\":\"MET\",\"narrative\":\"In place for " + code
                                    + "\",\"responsiblePerson\":\"Manajer AEO\",\"evidenceIds\":" + cites + "}")
                    .expect(200);
        }
        assertThat((List<String>)
                        api.get(w.company, "/api/v1/aeo/assessments/" + id).json("$.progress.unanswered"))
                .isEmpty();
        // Before submission customs sees neither the assessment nor its evidence.
        api.get(w.officer, "/api/v1/aeo/assessments/" + id).expectProblem(404);
        api.get(w.officer, "/api/v1/aeo/evidence/" + audited + "/revisions/1/content")
                .expectProblem(404);
        // Submitting names the version it read: a stale one is refused (412) and submits nothing.
        String read =
                api.get(w.company, "/api/v1/aeo/assessments/" + id).expect(200).header("ETag");
        assertThat(read).matches("\"\\d+\"");
        api.send(api.request(w.company, "/api/v1/aeo/assessments/" + id + "/submit")
                        .header("If-Match", "\"999\"")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .expectProblem(412);
        api.get(w.officer, "/api/v1/aeo/assessments/" + id).expectProblem(404);
        api.send(api.request(w.company, "/api/v1/aeo/assessments/" + id + "/submit")
                        .header("If-Match", read)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .expect(200);
        assertThat((String) api.get(w.officer, "/api/v1/aeo/assessments/" + id).json("$.assessment.state"))
                .isEqualTo("SUBMITTED");

        // Under review the officer opens the cited evidence; an officer of another office cannot.
        assertThat(new String(
                        api.get(w.officer, "/api/v1/aeo/evidence/" + audited + "/revisions/1/content")
                                .expect(200)
                                .body(),
                        StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
        api.get(w.officer2, "/api/v1/aeo/evidence/" + audited + "/revisions/1/content")
                .expectProblem(404);

        // Round 1: two criteria need clarifying; accepting is refused while they are open; returned.
        review(id, "2.b", "CLARIFICATION_REQUESTED", "Which intrusion detection is in use?");
        review(id, "6.b.3", "CLARIFICATION_REQUESTED", "Attach the seal register");
        review(id, "1.a", "ACCEPTED", null);
        api.post(w.officer, "/api/v1/aeo/assessments/" + id + "/decision", "{\"accept\":true}")
                .expectProblem(409);
        api.post(
                        w.company,
                        "/api/v1/aeo/assessments/" + id + "/comments/2.b",
                        "{\"body\":\"An IDS on the perimeter firewall\"}")
                .expect(201);
        api.post(
                        w.officer,
                        "/api/v1/aeo/assessments/" + id + "/decision",
                        "{\"accept\":false,\"note\":\"See 2.b and 6.b.3\"}")
                .expect(200);

        // The company answers and submits round 2; the officer sees exactly what changed.
        String register = evidence(w.company, "Seal register 2025", "2025-09-01", "2026-12-31");
        answer(
                        w.company,
                        id,
                        "2.b",
                        "{\"status\":\"MET\",\"narrative\":\"IDS on the perimeter firewall, reviewed monthly\",\"responsiblePerson\":\"Manajer AEO\"}")
                .expect(200);
        answer(
                        w.company,
                        id,
                        "6.b.3",
                        "{\"status\":\"MET\",\"narrative\":\"In place for 6.b.3\",\"responsiblePerson\":"
                                + "\"Manajer AEO\",\"evidenceIds\":[\"" + sealSop + "\",\"" + register + "\"]}")
                .expect(200);
        api.post(w.company, "/api/v1/aeo/assessments/" + id + "/submit").expect(200);
        assertThat((List<String>) api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/changes")
                        .json("$[*].code"))
                .containsExactly("2.b", "6.b.3");
        assertThat((List<List<String>>) api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/changes")
                        .json("$[*].changedFields"))
                .containsExactly(List.of("narrative"), List.of("evidence"));
        var round1 = api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/rounds/1")
                .expect(200);
        assertThat((List<String>) round1.json("$.answers[?(@.code == '2.b')].narrative"))
                .containsExactly("In place for 2.b");
        assertThat((List<String>) round1.json("$.answers[?(@.code == '6.b.3')].evidence"))
                .containsExactly("SOP penyegelan kontainer (FILE rev 1, effective 2025-06-01)");
        assertThat((String) round1.json("$.live['6.b.4']"))
                .contains("Pemeriksaan alat angkut: belum ada catatan di Rantai");
        assertThat((String) round1.json("$.reviews['2.b']")).isEqualTo("CLARIFICATION_REQUESTED");
        api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/rounds/3").expectProblem(400, "round");
        review(id, "2.b", "ACCEPTED", null);
        review(id, "6.b.3", "ACCEPTED", null);
        // Accepting stands on a verdict on every applicable item (not-applicable ones aside).
        var unreviewed = api.post(
                        w.officer,
                        "/api/v1/aeo/assessments/" + id + "/decision",
                        "{\"accept\":true,\"note\":\"Meets the conditions\"}")
                .expectProblem(409);
        assertThat((List<String>) unreviewed.json("$.blockers"))
                .contains("1.a", "7.c")
                .doesNotContain("2.b", "6.b.3", "6.d.2", "3.b.2", "6.b.4.h");
        acceptEveryGroup(id);
        api.post(
                        w.officer,
                        "/api/v1/aeo/assessments/" + id + "/decision",
                        "{\"accept\":true,\"note\":\"Meets the conditions\"}")
                .expect(200);

        // Each side was told by e-mail when it was its turn; the other office heard nothing.
        outbox.dispatch();
        // Subjects are "Indonesian / English": the English halves, after the Indonesian ones are checked once.
        assertThat(Smtp.subject(SMTP.to(World.email(w.officer)).get(0)))
                .startsWith(
                        "Penilaian mandiri AEO untuk diteliti: PT Importir Semarang " + w.suffix + " (putaran 1) / ");
        assertThat(SMTP.to(World.email(w.officer)).stream().map(m -> english(Smtp.subject(m))))
                .containsExactly(
                        "AEO self-assessment to review: PT Importir Semarang " + w.suffix + " (round 1)",
                        "AEO criterion 2.b: PT Importir Semarang " + w.suffix + " answered",
                        "AEO self-assessment to review: PT Importir Semarang " + w.suffix + " (round 2)");
        assertThat(SMTP.to(World.email(w.officer2))).isEmpty();
        assertThat(SMTP.to(World.email(w.company)).stream().map(m -> english(Smtp.subject(m))))
                .containsExactly(
                        "AEO criterion 2.b: customs asks for clarification",
                                "AEO criterion 6.b.3: customs asks for clarification",
                        "AEO self-assessment returned for rework (round 1)", "AEO self-assessment accepted (round 2)");
        assertThat(Smtp.body(SMTP.to(World.email(w.company)).get(1))).contains("Attach the seal register");

        var view = api.get(w.company, "/api/v1/aeo/assessments/" + id).expect(200);
        assertThat((String) view.json("$.assessment.state")).isEqualTo("ACCEPTED");
        assertThat((String) view.json("$.overallStatus")).isEqualTo("MET");
        assertThat((Double) view.json("$.overallScore")).isEqualTo(100.0);
        assertThat((List<String>) view.json("$.criteria[?(@.code == '6.b.3')].evidence[*].title"))
                .containsExactly("SOP penyegelan kontainer", "Seal register 2025");
        assertThat((List<Object>) api.get(w.company, "/api/v1/aeo/assessments/" + id + "/answers/2.b/history")
                        .json("$[*].status"))
                .hasSize(2);
        assertThat((List<String>) api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/comments")
                        .json("$[*].body"))
                .containsExactly(
                        "Which intrusion detection is in use?",
                        "Attach the seal register",
                        "An IDS on the perimeter firewall");

        var pdf = api.get(w.company, "/api/v1/aeo/assessments/" + id + "/report.pdf")
                .expect(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(Pdfs.text(pdf.body()))
                .contains(
                        "LAPORAN PENILAIAN MANDIRI AEO",
                        "PT Importir Semarang " + w.suffix,
                        "Keputusan : Diterima oleh ",
                        "Putaran : 2",
                        "6.b.3 Memiliki dan mengembangkan mekanisme dan sistem penyegelan",
                        "Bukti: Seal register 2025",
                        "Alasan tidak berlaku: No CCTV system exists to share",
                        "Keseluruhan: Terpenuhi, nilai 100",
                        "Penelitian Bea Cukai, putaran 1: Perlu klarifikasi",
                        "Penelitian Bea Cukai, putaran 2: Diterima",
                        "Which intrusion detection is in use?",
                        "Halaman 1 dari ");
        Pdfs.assertPdfA2b(pdf.body());
        Pdfs.picture(pdf.body(), "aeo-report");
        byte[] english = api.send(api.request(w.company, "/api/v1/aeo/assessments/" + id + "/report.pdf")
                        .header("Accept-Language", "en"))
                .expect(200)
                .body();
        assertThat(Pdfs.text(english))
                .contains(
                        "AEO SELF-ASSESSMENT REPORT",
                        "Overall: Met, score 100",
                        "Customs review, round 1: ",
                        "Page 1 of ")
                .doesNotContain("Halaman");

        String csv = api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/report.csv")
                .expect(200)
                .text();
        // A byte-order mark first, so Excel reads UTF-8; headings and states in the reader's language.
        assertThat(csv)
                .startsWith("\uFEFFKode,Jenis,Teks (Indonesia),Teks (Inggris),Status,Nilai,Uraian,Alasan tidak berlaku,"
                        + "Penanggung jawab,Bukti,Hasil penelitian\r\n")
                .contains(
                        "\r\n6.b.3,Butir,",
                        ",Terpenuhi,100,In place for 6.b.3,,Manajer AEO,SOP penyegelan kontainer; Seal register 2025,Diterima\r\n")
                .contains("6.d.2,Butir,")
                .contains(",Tidak berlaku,,,No CCTV system exists to share,,,")
                .doesNotContain("NOT_APPLICABLE", "ACCEPTED");
        byte[] xlsx = api.get(w.officer, "/api/v1/aeo/assessments/" + id + "/report.xlsx")
                .expect(200)
                .body();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kode");
            var item = rows.stream()
                    .filter(r -> "6.b.3".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getCellText(4)).isEqualTo("Terpenuhi");
            assertThat(item.getCell(5).asNumber()).isEqualByComparingTo("100");
        }

        Map<String, byte[]> zip = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                api.get(w.company, "/api/v1/aeo/assessments/" + id + "/evidence-pack.zip")
                        .expect(200)
                        .body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.put(e.getName(), in.readAllBytes());
            }
        }
        // Each cited file once, however many items cite it; the index links every citation to it.
        assertThat(zip.keySet())
                .containsExactlyInAnyOrder(
                        "evidence/Audited-financial-statements-2024-2025-rev1.pdf",
                        "evidence/SOP-penyegelan-kontainer-rev1.pdf",
                        "evidence/Seal-register-2025-rev1.pdf",
                        "index.html");
        assertThat(new String(zip.get("evidence/Seal-register-2025-rev1.pdf"), StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
        String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
        assertThat(index)
                .contains(
                        "<a href=\"evidence/Seal-register-2025-rev1.pdf\">Seal register 2025</a>",
                        "sampai 31 Desember 2026",
                        "Terpenuhi")
                .doesNotContain(">MET<");
        assertThat(index.split("href=\"evidence/SOP-penyegelan-kontainer-rev1.pdf\"", -1))
                .hasSize(3);

        var ranking = api.get(w.officer, "/api/v1/aeo/assessments/ranking").expect(200);
        assertThat((List<String>) ranking.json("$[*].assessmentId")).containsExactly(id);
        assertThat((List<Double>) ranking.json("$[*].score")).containsExactly(100.0);
        assertThat((List<Integer>) ranking.json("$[*].openGaps")).containsExactly(0);
        api.get(w.company, "/api/v1/aeo/assessments/ranking").expectProblem(403);
        assertThat((List<Object>)
                        api.get(w.officer2, "/api/v1/aeo/assessments/ranking").json("$"))
                .isEmpty();
    }

    @Test
    void aTrainingCentreHasNoPartInAeo() {
        // Roles of one module give nothing in another: the training centre's staff are no AEO company.
        api.post(w.trainer, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + framework + "\"}")
                .expectProblem(403);
        api.post(w.trainer, "/api/v1/aeo/reviews", """
                {"kind":"INTERNAL_AUDIT","title":"Audit","heldOn":"2026-01-01","responsible":"x","findings":"y"}""").expectProblem(403);
        api.post(w.trainer, "/api/v1/aeo/trade-partners", """
                {"name":"X","country":"ID","relationship":"CARRIER","screening":"PENDING"}""").expectProblem(403);
        api.get(w.trainer, "/api/v1/aeo/actions/open").expectProblem(403);
        assertThat((List<Object>) api.get(w.trainer, "/api/v1/aeo/assessments").json("$"))
                .isEmpty();
    }

    @Test
    void anotherCompanyNeitherReadsNorChangesAnAssessmentAndNoCompanyReviewsItsOwn() {
        String id = start();
        answer(w.company, id, "1.a", "{\"status\":\"MET\"}").expect(200);
        api.get(w.company2, "/api/v1/aeo/assessments/" + id).expectProblem(404);
        answer(w.company2, id, "1.a", "{\"status\":\"NOT_MET\"}").expectProblem(404);
        assertThat((List<Object>) api.get(w.company2, "/api/v1/aeo/assessments").json("$"))
                .isEmpty();
        String foreign = evidence(w.company2, "Not yours", "2025-01-01", null);
        answer(w.company, id, "1.b", "{\"status\":\"MET\",\"evidenceIds\":[\"" + foreign + "\"]}")
                .expectProblem(400, "evidenceIds");
        api.get(w.company, "/api/v1/aeo/evidence/" + foreign).expectProblem(404);

        for (String code : leaves) {
            answer(w.company, id, code, "{\"status\":\"MET\"}").expect(200);
        }
        api.post(w.company, "/api/v1/aeo/assessments/" + id + "/submit").expect(200);
        api.get(w.officer2, "/api/v1/aeo/assessments/" + id).expectProblem(404);
        api.post(w.company, "/api/v1/aeo/assessments/" + id + "/reviews/1.a", "{\"verdict\":\"ACCEPTED\"}")
                .expectProblem(403);
        api.post(w.companyAdmin, "/api/v1/aeo/assessments/" + id + "/decision", "{\"accept\":true}")
                .expectProblem(403);
        acceptEveryGroup(id);
        api.post(w.officer, "/api/v1/aeo/assessments/" + id + "/decision", "{\"accept\":true}")
                .expect(200);
    }

    @Test
    void aBrokenFrameworkFileIsRefusedWithEveryFindingAndANewVersionDecidesOnlyOncePublished() {
        String broken = """
                {"key": "TEST-%s", "version": "1", "titleId": "Uji", "titleEn": "Test", "groups": [
                  {"code": "1", "textId": "Kelompok kosong", "textEn": "Empty group"},
                  {"code": "2", "textId": "Kelompok", "textEn": "Group", "children": [
                    {"code": "2.a", "textId": "Kriteria", "textEn": "Criterion", "combinator": "SOME",
                     "children": [{"code": "2.a.1", "textId": "Butir", "textEn": "Item"}]},
                    {"code": "2.a", "textId": "Ganda", "textEn": "Twice"},
                    {"code": "2.c", "textId": "Tanpa bahasa Inggris", "childern": []}]}]}
                """.formatted(w.company);
        var refused = api.post("admin", "/api/v1/aeo/frameworks", broken).expectProblem(400, "groups[0].children");
        assertThat(refused.<List<String>>json("$.errors[*].field"))
                .containsExactlyInAnyOrder(
                        "groups[0].children",
                        "groups[1].children[0].combinator",
                        "groups[1].children[1].code",
                        "groups[1].children[2].childern",
                        "groups[1].children[2].textEn");
        // In the reader's language: Indonesian unless English is asked for.
        assertThat(refused.<List<String>>json("$.errors[*].message"))
                .contains(
                        "kelompok harus memiliki paling sedikit satu kriteria",
                        "harus salah satu dari: ALL, AND_OR, ANY");
        var english = api.send(api.request("admin", "/api/v1/aeo/frameworks")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(broken)));
        assertThat(english.<List<String>>json("$.errors[*].message"))
                .contains("a group needs at least one criterion", "repeats 2.a, already used at groups[1].children[0]");
        assertThat(api.get("admin", "/api/v1/aeo/frameworks").<List<String>>json("$[*].key"))
                .doesNotContain("TEST-" + w.company);

        // A sound file is loaded but decides nothing until an administrator publishes it.
        String sound = """
                {"key": "%s", "version": "%s", "titleId": "Uji", "titleEn": "Test", "groups": [
                  {"code": "1", "textId": "Kelompok", "textEn": "Group", "children": [
                    {"code": "1.a", "textId": "Kriteria", "textEn": "Criterion"}]}]}
                """;
        String draft = api.post("admin", "/api/v1/aeo/frameworks", sound.formatted("AEO-ID", "draft-" + w.company))
                .expect(201)
                .id();
        assertThat(api.get("admin", "/api/v1/aeo/frameworks")
                        .<List<Object>>json("$[?(@.id == '" + draft + "')].publishedAt"))
                .containsExactly((Object) null);
        String followsShipped =
                api.post(w.company, "/api/v1/aeo/assessments", "{}").expect(201).id();
        assertThat(api.get(w.company, "/api/v1/aeo/assessments/" + followsShipped)
                        .<String>json("$.assessment.frameworkId"))
                .isEqualTo(framework);
        api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + draft + "\"}")
                .expectProblem(409);

        String own = api.post("admin", "/api/v1/aeo/frameworks", sound.formatted("TEST-" + w.company, "1"))
                .expect(201)
                .id();
        api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + own + "\"}")
                .expectProblem(409);
        api.post(w.companyAdmin, "/api/v1/aeo/frameworks/" + own + "/publish").expectProblem(403);
        assertThat(api.post("admin", "/api/v1/aeo/frameworks/" + own + "/publish")
                        .expect(200)
                        .<String>json("$.publishedAt"))
                .isNotNull();
        api.post("admin", "/api/v1/aeo/frameworks/" + own + "/publish").expectProblem(409);
        api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + own + "\"}")
                .expect(201);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String id = start();
        answer(w.company, id, "9.z", "{\"status\":\"MET\"}").expectProblem(400, "code");
        answer(w.company, id, "6.b", "{\"status\":\"MET\"}").expectProblem(400, "code");
        answer(w.company, id, "1.a", "{\"status\":\"NOT_APPLICABLE\"}").expectProblem(400, "justification");
        answer(w.company, id, "1.a", "{}").expectProblem(400, "status");
        api.post(w.company, "/api/v1/aeo/assessments/" + id + "/submit").expectProblem(400, "answers");
        api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + java.util.UUID.randomUUID() + "\"}")
                .expectProblem(400, "frameworkId");

        byte[] big = new byte[300_000];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        api.upload(
                        w.company,
                        "/api/v1/aeo/evidence",
                        Map.of("title", "Too big", "effectiveDate", "2025-01-01"),
                        "big.pdf",
                        "application/pdf",
                        big)
                .expectProblem(413, "file");
        api.upload(
                        w.company,
                        "/api/v1/aeo/evidence",
                        Map.of("title", "No date"),
                        "a.pdf",
                        "application/pdf",
                        pdfBytes())
                .expectProblem(400, "effectiveDate");
        api.upload(
                        w.company,
                        "/api/v1/aeo/evidence",
                        Map.of("title", "Expired before", "effectiveDate", "2025-01-01", "expiryDate", "2024-01-01"),
                        "a.pdf",
                        "application/pdf",
                        pdfBytes())
                .expectProblem(400, "expiryDate");
        api.post(
                        w.company,
                        "/api/v1/aeo/evidence/links",
                        "{\"title\":\"A trip\",\"effectiveDate\":\"2025-01-01\","
                                + "\"linkType\":\"NOTHING\",\"linkId\":\"" + java.util.UUID.randomUUID() + "\"}")
                .expectProblem(400, "linkType");

        for (String code : leaves) {
            answer(w.company, id, code, "{\"status\":\"MET\"}").expect(200);
        }
        api.post(w.company, "/api/v1/aeo/assessments/" + id + "/submit").expect(200);
        answer(w.company, id, "1.a", "{\"status\":\"NOT_MET\"}").expectProblem(409);
        api.post(
                        w.officer,
                        "/api/v1/aeo/assessments/" + id + "/reviews/2.a",
                        "{\"verdict\":\"CLARIFICATION_REQUESTED\"}")
                .expectProblem(400, "comment");
        api.post(w.officer, "/api/v1/aeo/assessments/" + id + "/decision", "{\"accept\":false}")
                .expectProblem(400, "note");
    }

    @Test
    void aGapGetsACorrectiveActionThatTurnsOverdueAndClosingItAsksForReassessment() {
        String id = start();
        answer(w.company, id, "6.e.2", "{\"status\":\"PARTLY_MET\",\"narrative\":\"Checks at hiring only\"}")
                .expect(200);
        answer(w.company, id, "6.e.1", "{\"status\":\"MET\"}").expect(200);
        String gaps = "/api/v1/aeo/assessments/" + id + "/gaps";
        assertThat((List<String>) api.get(w.company, gaps).json("$[*].code")).containsExactly("6.e.2");
        assertThat((List<Boolean>) api.get(w.company, gaps).json("$[*].withoutOpenAction"))
                .containsExactly(true);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        String action = api.post(
                        w.company, "/api/v1/aeo/assessments/" + id + "/actions", """
                {"code":"6.e.2","title":"Yearly background checks for dock staff","owner":"HR manager","dueDate":"%s"}""".formatted(today.plusDays(10)))
                .expect(201)
                .id();
        assertThat((List<Object>) api.get(w.company, "/api/v1/aeo/assessments/" + id + "/actions/overdue")
                        .json("$"))
                .isEmpty();
        clock.advance(java.time.Duration.ofDays(11));
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/assessments/" + id + "/actions/overdue")
                        .json("$[*].action.id"))
                .containsExactly(action);
        api.put(w.company2, "/api/v1/aeo/assessments/" + id + "/actions/" + action, "{\"status\":\"DONE\"}")
                .expectProblem(404);
        api.put(w.company, "/api/v1/aeo/assessments/" + id + "/actions/" + action, "{\"status\":\"OPEN\"}")
                .expectProblem(400, "status");
        api.put(w.company, "/api/v1/aeo/assessments/" + id + "/actions/" + action, "{\"status\":\"DONE\"}")
                .expect(200);
        assertThat((List<Boolean>) api.get(w.company, gaps).json("$[*].reassessmentDue"))
                .containsExactly(true);
        assertThat((List<Boolean>) api.get(w.company, "/api/v1/aeo/assessments/" + id)
                        .json("$.criteria[?(@.code == '6.e.2')].answer.reassessmentDue"))
                .containsExactly(true);
        answer(w.company, id, "6.e.2", "{\"status\":\"MET\",\"narrative\":\"Yearly checks since March\"}")
                .expect(200);
        assertThat((List<Object>) api.get(w.company, gaps).json("$")).isEmpty();
        api.post(
                        w.company,
                        "/api/v1/aeo/assessments/" + id + "/actions",
                        "{\"code\":\"6.e\",\"title\":\"x\",\"owner\":\"y\"," + "\"dueDate\":\"2027-01-01\"}")
                .expectProblem(400, "code");
    }

    @Test
    void theNextAssessmentStartsFromTheAcceptedOneAndItsOpenActionsFollowUntilClosed() {
        String first = start();
        for (String code : leaves) {
            String status = code.equals("6.e.2") || code.equals("6.e.4") ? "PARTLY_MET" : "MET";
            answer(w.company, first, code, "{\"status\":\"" + status + "\",\"narrative\":\"As of 2026\"}")
                    .expect(200);
        }
        // Only what applies to the company's profile is answered; only a gap gets an action.
        answer(w.company, first, "3.b.2", "{\"status\":\"MET\"}").expectProblem(400, "code");
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        String plan = """
                {"code":"%s","title":"Yearly background checks","owner":"HR manager","dueDate":"%s"}""";
        api.post(
                        w.company,
                        "/api/v1/aeo/assessments/" + first + "/actions",
                        plan.formatted("6.e.1", today.plusDays(30)))
                .expectProblem(400, "code");
        String checks = api.post(
                        w.company,
                        "/api/v1/aeo/assessments/" + first + "/actions",
                        plan.formatted("6.e.2", today.plusDays(30)))
                .expect(201)
                .id();
        String badges = api.post(
                        w.company,
                        "/api/v1/aeo/assessments/" + first + "/actions",
                        plan.formatted("6.e.4", today.plusDays(60)))
                .expect(201)
                .id();
        api.post(w.company, "/api/v1/aeo/assessments/" + first + "/submit").expect(200);
        acceptEveryGroup(first);
        api.post(w.officer, "/api/v1/aeo/assessments/" + first + "/decision", "{\"accept\":true}")
                .expect(200);

        // Closing an action on the accepted assessment reopens its item for a renewed answer — that
        // item only.
        api.put(w.company, "/api/v1/aeo/assessments/" + first + "/actions/" + checks, "{\"status\":\"DONE\"}")
                .expect(200);
        answer(w.company, first, "6.e.2", "{\"status\":\"MET\",\"narrative\":\"Yearly checks since March\"}")
                .expect(200);
        assertThat((List<Boolean>) api.get(w.company, "/api/v1/aeo/assessments/" + first)
                        .json("$.criteria[?(@.code == '6.e.2')].answer.reassessmentDue"))
                .containsExactly(false);
        answer(w.company, first, "6.e.3", "{\"status\":\"NOT_MET\"}").expectProblem(409);
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/actions/open").json("$[*].action.id"))
                .containsExactly(badges);

        // The next assessment starts from the accepted one: answers, evidence and the open action.
        String next = api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + framework + "\"}")
                .expect(201)
                .id();
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/assessments/" + next)
                        .json("$.criteria[?(@.code == '6.e.4')].answer.status"))
                .containsExactly("PARTLY_MET");
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/assessments/" + next + "/gaps")
                        .json("$[*].code"))
                .containsExactly("6.e.4");
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/assessments/" + next + "/gaps")
                        .json("$[0].actions[*].action.id"))
                .containsExactly(badges);
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/actions/open").json("$[*].action.assessmentId"))
                .containsExactly(next);
        api.get(w.company2, "/api/v1/aeo/actions/open").expect(200);
        assertThat((List<Object>)
                        api.get(w.company2, "/api/v1/aeo/actions/open").json("$"))
                .isEmpty();
        // What the company changes since the accepted assessment shows as changes.
        answer(w.company, next, "1.a", "{\"status\":\"MET\",\"narrative\":\"Audited again in 2027\"}")
                .expect(200);
        assertThat((List<String>) api.get(w.company, "/api/v1/aeo/assessments/" + next + "/changes")
                        .json("$[*].code"))
                .containsExactly("1.a");
        // Starting afresh is a choice.
        String fresh = api.post(
                        w.company,
                        "/api/v1/aeo/assessments",
                        "{\"frameworkId\":\"" + framework + "\",\"carryOver\":false}")
                .expect(201)
                .id();
        assertThat((List<Object>) api.get(w.company, "/api/v1/aeo/assessments/" + fresh)
                        .json("$.criteria[?(@.answer != null)].code"))
                .isEmpty();
    }

    @Test
    void criteriaShowTheCompanysOwnRecordsAsLiveEvidence() {
        String id = start();
        String view = "/api/v1/aeo/assessments/" + id;
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '6.f')].live[*].value"))
                .containsExactly("belum ada catatan di Rantai");
        api.post(w.company, "/api/v1/aeo/trade-partners", """
                {"name":"PT Mitra Logistik","country":"ID","relationship":"CARRIER","screening":"CLEARED",
                 "screenedOn":"2026-01-10","securityClause":true,"nextReviewOn":"2027-01-10"}""").expect(201);
        api.post(w.company, "/api/v1/aeo/trade-partners", """
                {"name":"Lion Freight","country":"SG","relationship":"FORWARDER","screening":"PENDING"}""").expect(201);
        api.post(w.company, "/api/v1/aeo/trade-partners", """
                {"name":"X","country":"Indonesia","relationship":"CARRIER","screening":"PENDING"}""").expectProblem(400, "country");
        api.post(w.company, "/api/v1/aeo/trade-partners", """
                {"name":"Y","country":"ID","relationship":"CARRIER","screening":"CLEARED"}""").expectProblem(400, "screenedOn");
        api.post(w.company, "/api/v1/aeo/trade-partners", """
                {"name":"Z","country":"ID","relationship":"CARRIER","screening":"PENDING","notes":"%s"}""".formatted("n".repeat(20_000)))
                .expectProblem(400, "notes");
        api.post(w.company, "/api/v1/aeo/reviews", """
                {"kind":"RISK_ASSESSMENT","title":"Annual security risk assessment","heldOn":"2026-06-30",
                 "responsible":"Manajer AEO","findings":"Perimeter lighting weak at gate 2"}""").expect(201);
        api.post(w.company, "/api/v1/aeo/reviews", """
                {"kind":"INTERNAL_AUDIT","title":"Audit","heldOn":"2030-01-01","responsible":"x","findings":"y"}""").expectProblem(400, "heldOn");
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '6.f')].live[*].value"))
                .containsExactly("2", "1 dari 2", "1 dari 2", "0");
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '7.a')].live[*].value"))
                .containsExactly("30 Juni 2026", "30 Juni 2027");
        // The same figures for a reader of English.
        var inEnglish = api.send(api.request(w.company, view).header("Accept-Language", "en"));
        assertThat((List<String>) inEnglish.json("$.criteria[?(@.code == '7.a')].live[*].label"))
                .containsExactly("Security risk assessment last held", "Next due (every 12 months)");
        assertThat((List<String>) inEnglish.json("$.criteria[?(@.code == '7.a')].live[*].value"))
                .containsExactly("30 June 2026", "30 June 2027");
        assertThat((List<Object>)
                        api.get(w.company2, "/api/v1/aeo/trade-partners").json("$"))
                .isEmpty();

        api.post(w.company, "/api/v1/aeo/crisis-plans", """
                {"title":"Rencana kontinjensi gudang","scenarios":"Fire, flood, bomb threat","approvedOn":"2026-02-01",
                 "reviewDueOn":"2027-02-01"}""").expect(201);
        api.post(w.company, "/api/v1/aeo/crisis-plans", """
                {"title":"Bad","scenarios":"x","approvedOn":"2026-02-01","reviewDueOn":"2026-01-01"}""").expectProblem(400, "reviewDueOn");
        api.post(w.company, "/api/v1/aeo/reviews", """
                {"kind":"CRISIS_DRILL","title":"Evacuation drill","heldOn":"2026-09-15","responsible":"HSE",
                 "findings":"Assembly point reached in 6 minutes"}""").expect(201);
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '6.g')].live[*].value"))
                .containsExactlyInAnyOrder("15 September 2026", "15 September 2027", "1", "0");

        // From the e-seal side: a sealed trip with its inspection and its met installation norm.
        World.InstalledTrip trip = w.installedTrip("AEO-" + w.suffix, clock.instant());
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '6.b.4')].live[*].value"))
                .startsWith("1", "0", "0");
        assertThat((List<String>) api.get(w.company, view).json("$.criteria[?(@.code == '6.b.3')].live[*].label"))
                .contains(
                        "Norma SOP E-Seal terpenuhi (12 bulan)",
                        "Peringatan perusakan, pembukaan paksa dan pembukaan tanpa izin (12 bulan)");
        String inspection = api.get(w.company, "/api/v1/trips/" + trip.trip() + "/inspections")
                .json("$[0].id");
        api.post(w.company, "/api/v1/aeo/evidence/links", """
                {"title":"Inspection before sealing","effectiveDate":"2026-11-01","linkType":"CONVEYANCE_INSPECTION","linkId":"%s"}""".formatted(inspection))
                .expect(201);
        api.post(w.company, "/api/v1/aeo/evidence/links", """
                {"title":"A sealed trip","effectiveDate":"2026-11-01","linkType":"TRIP","linkId":"%s"}""".formatted(trip.trip()))
                .expect(201);
        api.post(w.company2, "/api/v1/aeo/evidence/links", """
                {"title":"Not theirs","effectiveDate":"2026-11-01","linkType":"TRIP","linkId":"%s"}""".formatted(trip.trip()))
                .expectProblem(400, "linkId");
        api.get(w.officer, "/api/v1/aeo/trade-partners").expectProblem(403);
    }

    @Test
    void evidenceAboutToExpireIsFlaggedToItsOwnerOnceAndANewRevisionStartsAfresh() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        String soon = evidence(
                w.company,
                "ISO 28000 certificate",
                today.minusYears(2).toString(),
                today.plusDays(20).toString());
        evidence(w.company, "Policy without expiry", today.minusYears(1).toString(), null);
        evidence(
                w.company,
                "Licence valid for long",
                today.minusYears(1).toString(),
                today.plusYears(2).toString());
        assertThat((List<String>)
                        api.get(w.company, "/api/v1/aeo/evidence/expiring").json("$[*].id"))
                .containsExactly(soon);
        assertThat((List<Object>)
                        api.get(w.company2, "/api/v1/aeo/evidence/expiring").json("$"))
                .isEmpty();
        evidenceLibrary.warnExpiring();
        evidenceLibrary.warnExpiring();
        assertThat(published
                        .of(EvidenceExpiring.class)
                        .filter(e -> e.evidenceId().toString().equals(soon)))
                .hasSize(1);
        outbox.dispatch();
        var mails = SMTP.to(World.email(w.company));
        assertThat(mails).hasSize(1);
        assertThat(Smtp.subject(mails.get(0)))
                .isEqualTo(
                        "Bukti AEO segera kedaluwarsa: ISO 28000 certificate / AEO evidence expires soon: ISO 28000 certificate");
        assertThat(Smtp.body(mails.get(0)))
                .contains(
                        soon,
                        "(revisi 1) berakhir masa berlakunya pada " + Pdfs.indonesianDate(today.plusDays(20))
                                + " (20 hari lagi)",
                        "(revision 1) expires on ",
                        "(in 20 days)");

        api.upload(
                        w.company,
                        "/api/v1/aeo/evidence/" + soon + "/revisions",
                        Map.of(
                                "effectiveDate",
                                today.toString(),
                                "expiryDate",
                                today.plusYears(3).toString()),
                        "renewed.pdf",
                        "application/pdf",
                        pdfBytes())
                .expect(201);
        var detail = api.get(w.company, "/api/v1/aeo/evidence/" + soon).expect(200);
        assertThat((List<Integer>) detail.json("$.revisions[*].revision")).containsExactly(1, 2);
        assertThat((Integer) detail.json("$.evidence.revision")).isEqualTo(2);
        assertThat((List<Object>)
                        api.get(w.company, "/api/v1/aeo/evidence/expiring").json("$"))
                .isEmpty();
        api.get(w.company, "/api/v1/aeo/evidence/" + soon + "/revisions/1/content")
                .expect(200);
        api.get(w.company2, "/api/v1/aeo/evidence/" + soon + "/revisions/1/content")
                .expectProblem(404);
        api.upload(
                        w.company2,
                        "/api/v1/aeo/evidence/" + soon + "/revisions",
                        Map.of("effectiveDate", today.toString()),
                        "x.pdf",
                        "application/pdf",
                        pdfBytes())
                .expectProblem(404);
    }

    /** The officer accepts each group, which covers every item under it. */
    private void acceptEveryGroup(String id) {
        for (String group : List.of("1", "2", "3", "4", "5", "6", "7")) {
            review(id, group, "ACCEPTED", null);
        }
    }

    private String start() {
        return api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + framework + "\"}")
                .expect(201)
                .id();
    }

    private id.rantai.support.Response answer(String user, String id, String code, String json) {
        return api.put(user, "/api/v1/aeo/assessments/" + id + "/answers/" + code, json);
    }

    private void review(String id, String code, String verdict, String comment) {
        api.post(
                        w.officer,
                        "/api/v1/aeo/assessments/" + id + "/reviews/" + code,
                        "{\"verdict\":\"" + verdict + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                                + "}")
                .expect(200);
    }

    private String evidence(String user, String title, String effective, String expiry) {
        Map<String, String> fields = expiry == null
                ? Map.of("title", title, "effectiveDate", effective)
                : Map.of("title", title, "effectiveDate", effective, "expiryDate", expiry);
        return api.upload(user, "/api/v1/aeo/evidence", fields, "evidence.pdf", "application/pdf", pdfBytes())
                .expect(201)
                .id();
    }

    private static byte[] pdfBytes() {
        return ("%PDF-1.4\n% evidence " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
    }

    private static String english(String subject) {
        return subject.substring(subject.indexOf(" / ") + 3);
    }
}
