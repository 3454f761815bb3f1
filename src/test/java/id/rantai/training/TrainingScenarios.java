package id.rantai.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.notification.internal.MailOutbox;
import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Pdfs;
import id.rantai.support.Response;
import id.rantai.support.Smtp;
import id.rantai.support.World;
import id.rantai.training.employee.EmployeeImport;
import id.rantai.training.employee.ImportJob;
import id.rantai.training.employee.JdbcImports;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security training programme over the real API on a simulated clock: hiring, a new job
 * function, a new topic version, the yearly refresher, the overdue list, reminders by e-mail (to an
 * in-process SMTP server), imports, tenancy and bad input. Run on H2 and on PostgreSQL.
 */
abstract class TrainingScenarios {
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
    EmployeeImport employeeImport;

    @Autowired
    JdbcImports imports;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    World w;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new World(api);
        admin = w.companyAdmin;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    String employee(String number, String functions, LocalDate hired) {
        return api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"%s","fullName":"Budi %s","email":"%s@example.co.id","department":"Gudang",
                 "managerEmail":"manager-%s@example.co.id","hireDate":"%s","jobFunctions":[%s]}""".formatted(
                                number, number, number.toLowerCase(), w.suffix, hired, functions))
                .expect(200)
                .json("$.employee.id");
    }

    Map<String, String> statuses(String employee) {
        Response r = api.get(admin, "/api/v1/training/employees/" + employee).expect(200);
        List<String> codes = r.json("$.topics[*].code");
        List<String> states = r.json("$.topics[*].status");
        Map<String, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < codes.size(); i++) {
            out.put(codes.get(i), states.get(i));
        }
        return out;
    }

    String topic(String code) {
        return ((List<String>)
                        api.get(admin, "/api/v1/training/topics").json("$[?(@.topic.code == '" + code + "')].topic.id"))
                .get(0);
    }

    /** Completes the given topics through xAPI statements from an external LMS, dated today. */
    void completeByXapi(String employeeNumber, List<String> codes, String prefix) {
        List<String> statements = new ArrayList<>();
        for (String code : codes) {
            statements.add("""
                    {"id":"%s-%s-%s","actor":{"account":{"homePage":"https://lms.example","name":"%s"}},
                     "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                     "object":{"id":"https://lms.example/xapi/topics/%s"},"result":{"success":true,"score":{"scaled":0.9}},
                     "timestamp":"%sT09:00:00+07:00"}""".formatted(prefix, employeeNumber, code, employeeNumber, code, today()));
        }
        Response r = api.post(admin, "/api/v1/training/xapi/statements", "[" + String.join(",", statements) + "]")
                .expect(200);
        assertThat((Integer) r.json("$.recorded")).isEqualTo(codes.size());
    }

    @Test
    void existingStaffAreDueWithinTheGraceFromTheProgrammeStartNotYearsOverdue() {
        LocalDate start = today();
        String settings = """
                {"rules":{"hireDueDays":30,"refresherMonths":12,"refresherWindowDays":60,"newVersionDueDays":30,
                 "jobFunctionDueDays":0,"programmeStart":"%s","baselineGraceDays":%d},"reminderDaysBefore":[30,7,1]}""";
        api.put(admin, "/api/v1/training/settings", settings.formatted(start, 1000))
                .expectProblem(400, "rules.baselineGraceDays");
        api.put(admin, "/api/v1/training/settings", settings.formatted(start, 60))
                .expect(200);

        // Hired three years before the programme: due 60 days from its start, not three years overdue.
        String veteran = employee("V1", "\"CARGO_DOCK\"", start.minusYears(3));
        assertThat(statuses(veteran).values()).containsOnly("DUE_SOON");
        Response v = api.get(admin, "/api/v1/training/employees/" + veteran);
        assertThat((List<String>) v.json("$.topics[?(@.code == 'ACCESS_CONTROL')].dueOn"))
                .containsExactly(start.plusDays(60).toString());
        assertThat((List<String>) v.json("$.topics[?(@.code == 'SEAL_CONTAINER_INSPECTION')].periods[0].reason"))
                .containsExactly("PROGRAMME_START");
        // Hired on the day the programme starts: the usual hiring window.
        String newcomer = employee("N1", "", start);
        assertThat((List<String>) api.get(admin, "/api/v1/training/employees/" + newcomer)
                        .json("$.topics[?(@.code == 'ACCESS_CONTROL')].dueOn"))
                .containsExactly(start.plusDays(30).toString());
        // Before the start nothing was required of anyone.
        assertThat((Integer) api.get(admin, "/api/v1/training/compliance?on=" + start.minusDays(1))
                        .json("$[0].requiredPairs"))
                .isZero();

        clock.advance(Duration.ofDays(61));
        assertThat(statuses(veteran).values()).containsOnly("OVERDUE");
    }

    @Test
    void hiringAVersionChangeAJobFunctionChangeAndTheYearlyRefresherDriveTheOverdueList() throws Exception {
        api.put(admin, "/api/v1/training/settings", """
                {"rules":{"hireDueDays":30,"refresherMonths":12,"refresherWindowDays":60,"newVersionDueDays":14,
                 "jobFunctionDueDays":0},"reminderDaysBefore":[30,7,1],"complianceEmail":"compliance-%s@example.co.id"}""".formatted(w.suffix)).expect(200);
        LocalDate hiredOn = today();
        String budi = employee("E1", "\"CARGO_DOCK\"", hiredOn);
        Map<String, String> hired = statuses(budi);
        assertThat(hired)
                .hasSize(19)
                .containsEntry("ACCESS_CONTROL", "DUE_SOON")
                .containsEntry("SEAL_CONTAINER_INSPECTION", "DUE_SOON")
                .doesNotContainKey("IT_PROCEDURES");

        // Reminders: the 30-day step reached by all 19 topics, in one e-mail listing them, once;
        // nothing overdue yet.
        String e1 = "e1@example.co.id";
        int toE1Before = SMTP.to(e1).size();
        assertThat((Integer) api.post(admin, "/api/v1/training/reminders/send").json("$.reminders"))
                .isEqualTo(1);
        assertThat((Integer) api.post(admin, "/api/v1/training/reminders/send").json("$.reminders"))
                .isZero();
        List<MimeMessage> toE1 = mailsTo(e1, toE1Before + 1);
        assertThat(toE1).hasSize(toE1Before + 1);
        MimeMessage first = toE1.get(toE1.size() - 1);
        assertThat(first.getSubject())
                .isEqualTo("Pelatihan keamanan jatuh tempo: 19 topik / Security training due: 19 topics");
        String due = Smtp.body(first);
        assertThat(due)
                .contains(
                        "Yth. Budi E1,",
                        "• Kendali Akses: jatuh tempo " + Pdfs.indonesianDate(today().plusDays(30)) + " (30 hari lagi)",
                        "Dear Budi E1,",
                        "• Access control: due on ",
                        "(in 30 days)");
        assertThat(due.split("• ", -1)).as("19 topics in each language").hasSize(1 + 2 * 19);

        clock.advance(Duration.ofDays(31));
        assertThat(statuses(budi).values()).containsOnly("OVERDUE");
        assertThat((List<String>)
                        api.get(admin, "/api/v1/training/compliance/overdue").json("$[*].employeeNumber"))
                .hasSize(19)
                .containsOnly("E1");
        // The report names each overdue training by its topic's title in the reader's language.
        byte[] overduePdf = api.get(admin, "/api/v1/training/compliance/report.pdf")
                .expect(200)
                .body();
        Pdfs.picture(overduePdf, "training-report");
        String overdueReport = Pdfs.text(overduePdf);
        assertThat(overdueReport)
                .contains("Pelatihan lewat tenggat (19)", "Kendali Akses")
                .doesNotContain("ACCESS_CONTROL");
        Response digest = api.post(admin, "/api/v1/training/reminders/send").expect(200);
        assertThat((Integer) digest.json("$.digests")).isEqualTo(2); // the manager and the compliance officer
        assertThat((Integer) api.post(admin, "/api/v1/training/reminders/send").json("$.digests"))
                .isZero();
        // One digest to the manager and one to the compliance officer.
        String manager = "manager-" + w.suffix + "@example.co.id";
        assertThat(mailsTo(manager, 1)).hasSize(1);
        assertThat(mailsTo("compliance-" + w.suffix + "@example.co.id", 1)).hasSize(1);
        // The digest names each training by its topic's title, in both languages, with no codes.
        assertThat(Smtp.body(SMTP.to(manager).get(0)))
                .contains("Kendali Akses", ", terlambat ", " days overdue")
                .doesNotContain("ACCESS_CONTROL");

        // Trained: a classroom session for one topic, the rest from an external LMS.
        String session = api.post(admin, "/api/v1/training/sessions", """
                {"topicId":"%s","method":"CLASSROOM","trainer":"Pak Hendra","heldOn":"%s","durationMinutes":90,
                 "materials":"Slides v3"}""".formatted(topic("ACCESS_CONTROL"), today()))
                .expect(201)
                .id();
        String completion = api.post(admin, "/api/v1/training/sessions/" + session + "/attendance", """
                {"results":[{"employeeId":"%s","attended":true,"score":88,"passed":true}]}""".formatted(budi))
                .expect(201)
                .json("$[0].id");
        List<String> rest = new ArrayList<>(hired.keySet());
        rest.remove("ACCESS_CONTROL");
        completeByXapi("E1", rest, "first");
        assertThat(statuses(budi).values()).containsOnly("COMPLIANT");
        assertThat((List<Object>)
                        api.get(admin, "/api/v1/training/compliance/overdue").json("$"))
                .isEmpty();
        var certificate = api.get(admin, "/api/v1/training/completions/" + completion + "/certificate.pdf")
                .expect(200);
        assertThat(Pdfs.text(certificate.body()))
                .contains("SERTIFIKAT PELATIHAN", "Budi E1", "Nomor karyawan E1", "Kendali Akses", "Halaman 1 dari 1");
        assertThat(Pdfs.landscape(certificate.body(), 1)).isTrue();
        Pdfs.picture(certificate.body(), "training-certificate");
        Pdfs.assertPdfA2b(certificate.body());
        String export = api.get(admin, "/api/v1/training/compliance/export.csv")
                .expect(200)
                .text();
        assertThat(export)
                .startsWith(
                        "\uFEFFNomor karyawan,Nama lengkap,Departemen,Fungsi jabatan,Kode topik,Topik,Versi,Status,")
                .contains("E1,Budi E1,Gudang,CARGO_DOCK,ACCESS_CONTROL,Kendali Akses,1,Terpenuhi,");
        String inEnglish = new String(
                api.send(api.request(admin, "/api/v1/training/compliance/export.csv")
                                .header("Accept-Language", "en"))
                        .expect(200)
                        .body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(inEnglish)
                .startsWith("\uFEFFEmployee number,Full name,Department,")
                .contains(",Covered,");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(api.get(admin, "/api/v1/training/compliance/export.xlsx")
                        .expect(200)
                        .body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Nomor karyawan");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("E1");
            assertThat(rows.get(1).getCell(6).asNumber()).isEqualByComparingTo("1");
        }
        var report = api.get(admin, "/api/v1/training/compliance/report.pdf").expect(200);
        assertThat(Pdfs.text(report.body()))
                .contains(
                        "LAPORAN KEPATUHAN PELATIHAN KEAMANAN",
                        "Tingkat kepatuhan : 100 %",
                        "Gudang",
                        "Pelatihan lewat tenggat (0)");
        Pdfs.assertPdfA2b(report.body());
        api.upload(
                        admin,
                        "/api/v1/training/completions/" + completion + "/evidence",
                        Map.of(),
                        "attendance.pdf",
                        "application/pdf",
                        "%PDF-1.4 signed attendance list".getBytes(StandardCharsets.US_ASCII))
                .expect(200);
        List<String> evidence = api.get(admin, "/api/v1/training/employees/" + budi + "/completions")
                .json("$[?(@.id == '" + completion + "')].evidenceSha256");
        assertThat(evidence).singleElement().satisfies(sha -> assertThat(sha).hasSize(64));

        // The same statements again change nothing.
        assertThat((Integer) api.post(admin, "/api/v1/training/xapi/statements", """
                [{"id":"first-E1-LIGHTING","actor":{"account":{"name":"E1"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                  "object":{"id":"https://lms.example/xapi/topics/LIGHTING"},"timestamp":"%sT09:00:00+07:00"}]""".formatted(today()))
                        .json("$.duplicates"))
                .isEqualTo(1);

        // A procedure changed: version 2 of ACCESS_CONTROL is due within 14 days.
        api.post(
                        admin,
                        "/api/v1/training/topics/" + topic("ACCESS_CONTROL") + "/versions",
                        "{\"changeNote\":\"New badge readers at gate 2\",\"dueDays\":14}")
                .expect(201);
        assertThat(statuses(budi)).containsEntry("ACCESS_CONTROL", "DUE_SOON").containsEntry("LIGHTING", "COMPLIANT");
        clock.advance(Duration.ofDays(15));
        assertThat(statuses(budi)).containsEntry("ACCESS_CONTROL", "OVERDUE");
        List<String> reasons = api.get(admin, "/api/v1/training/employees/" + budi)
                .json("$.topics[?(@.code == 'ACCESS_CONTROL')].periods[*].reason");
        assertThat(reasons).containsExactly("HIRE", "NEW_VERSION");
        completeByXapi("E1", List.of("ACCESS_CONTROL"), "v2");
        assertThat(statuses(budi)).containsEntry("ACCESS_CONTROL", "COMPLIANT");

        // A new job function: its topics are due from the day it is assigned.
        employee("E1", "\"CARGO_DOCK\",\"SECURITY\"", hiredOn);
        assertThat(statuses(budi))
                .containsEntry("SECURITY_SCREENING", "DUE_SOON")
                .hasSize(22);
        clock.advance(Duration.ofDays(1));
        assertThat(statuses(budi))
                .containsEntry("SECURITY_SCREENING", "OVERDUE")
                .containsEntry("ALARM_SYSTEMS", "OVERDUE");
        completeByXapi("E1", List.of("SECURITY_SCREENING", "ALARM_SYSTEMS", "PERIODIC_RESCREENING"), "fn");
        assertThat(statuses(budi).values()).containsOnly("COMPLIANT");

        // The yearly refresher: LIGHTING was completed on day 31; its window opens 60 days before the
        // year is up (day 336 counting from hiring, now day 47), and after the year it is overdue.
        clock.advance(Duration.ofDays(336 - 47));
        assertThat(statuses(budi)).containsEntry("LIGHTING", "DUE_SOON");
        // A refresher due soon is still covered: the rate is the share covered today, not the share
        // with nothing due (Budi is the company's only employee here).
        Map<String, Object> figure =
                api.get(admin, "/api/v1/training/compliance").json("$[0]");
        int required = (Integer) figure.get("requiredPairs");
        assertThat((Integer) figure.get("dueSoon")).isPositive();
        assertThat((Integer) figure.get("covered")).isEqualTo(required);
        assertThat((Integer) figure.get("compliant")).isEqualTo(required - (Integer) figure.get("dueSoon"));
        assertThat(((Number) figure.get("rate")).doubleValue()).isEqualTo(100.0);
        clock.advance(Duration.ofDays(61));
        assertThat(statuses(budi)).containsEntry("LIGHTING", "OVERDUE");
        assertThat((List<String>) api.get(admin, "/api/v1/training/employees/" + budi)
                        .json("$.topics[?(@.code == 'LIGHTING')].periods[*].reason"))
                .containsExactly("HIRE", "REFRESHER");
        assertThat((List<String>)
                        api.get(admin, "/api/v1/training/compliance/overdue").json("$[*].topicCode"))
                .contains("LIGHTING");

        // Updating an employee without naming job functions keeps those held.
        api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"E1","fullName":"Budi E1","email":"e1@example.co.id","department":"Gudang Utama",
                 "managerEmail":"manager-%s@example.co.id","hireDate":"%s"}""".formatted(w.suffix, hiredOn))
                .expect(200);
        assertThat((List<String>)
                        api.get(admin, "/api/v1/training/employees/" + budi).json("$.employee.jobFunctions"))
                .containsExactly("CARGO_DOCK", "SECURITY");

        // A terminated employee drops out of the figures; their history stays.
        api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"E1","fullName":"Budi E1","email":"e1@example.co.id","department":"Gudang",
                 "hireDate":"%s","status":"TERMINATED","terminatedOn":"%s","jobFunctions":["CARGO_DOCK","SECURITY"]}""".formatted(hiredOn, today()))
                .expect(200);
        assertThat((List<Object>)
                        api.get(admin, "/api/v1/training/compliance/overdue").json("$"))
                .isEmpty();
        assertThat((Integer) api.get(admin, "/api/v1/training/compliance").json("$[0].requiredPairs"))
                .isZero();
        assertThat((List<Object>) api.get(admin, "/api/v1/training/employees/" + budi + "/completions")
                        .json("$"))
                .hasSize(23);

        // The trend month by month over the year.
        var trend = api.get(
                        admin,
                        "/api/v1/training/compliance/trend?from=" + java.time.YearMonth.from(today().minusMonths(12))
                                + "&to=" + java.time.YearMonth.from(today()))
                .expect(200);
        assertThat((List<Object>) trend.json("$")).hasSize(13);
    }

    @Test
    void aCompanyNeverSeesAnothersEmployeesOrRecords() {
        String budi = employee("T1", "", today());
        api.get(w.company2, "/api/v1/training/employees/" + budi).expectProblem(404);
        assertThat((List<Object>)
                        api.get(w.company2, "/api/v1/training/employees").json("$"))
                .isEmpty();
        assertThat((List<Object>) api.get(w.company2, "/api/v1/training/compliance/overdue")
                        .json("$"))
                .isEmpty();
        api.get(w.officer, "/api/v1/training/employees").expectProblem(403);
        api.post(w.company, "/api/v1/training/employees", "{}").expectProblem(403); // staff read, they do not run it
        assertThat((List<Object>)
                        api.get(w.company, "/api/v1/training/employees").json("$"))
                .hasSize(1);
        String foreignTopic = api.get(w.provider, "/api/v1/training/topics").json("$[0].topic.id");
        api.post(admin, "/api/v1/training/completions", """
                {"employeeId":"%s","topicId":"%s","completedOn":"%s"}""".formatted(budi, foreignTopic, today()))
                .expectProblem(400, "topicId");
    }

    @Test
    void aRecordCannotPredateItsEmployeeOrItsVersionAndAPastDaysFiguresStayAsTheyWere() {
        LocalDate hired = today().minusDays(400);
        String e = employee("R1", "", hired);
        String access = topic("ACCESS_CONTROL");
        String completion = """
                {"employeeId":"%s","topicId":"%s","completedOn":"%s"%s}""";
        // Trained before being hired here: refused, naming the hire date in the reader's language.
        var before = api.post(
                        admin, "/api/v1/training/completions", completion.formatted(e, access, hired.minusDays(1), ""))
                .expectProblem(400, "completedOn");
        assertThat((String) before.json("$.detail")).contains("sebelum tanggal mulai bekerja");
        // Trained 320 days ago: covered today, its refresher window open (due soon).
        api.post(admin, "/api/v1/training/completions", completion.formatted(e, access, today().minusDays(320), ""))
                .expect(201);
        assertThat(statuses(e)).containsEntry("ACCESS_CONTROL", "DUE_SOON");

        String day = today().toString();
        Map<String, Object> onTheDay =
                api.get(admin, "/api/v1/training/compliance?on=" + day).json("$[0]");
        assertThat((Integer) onTheDay.get("dueSoon")).isEqualTo(1);
        clock.advance(Duration.ofDays(5));
        api.post(
                        admin,
                        "/api/v1/training/topics/" + access + "/versions",
                        "{\"changeNote\":\"New gate\",\"dueDays\":1}")
                .expect(201);
        clock.advance(Duration.ofDays(3));
        // Version 2 is overdue today, yet the figures of the earlier day are what they were then.
        assertThat(statuses(e)).containsEntry("ACCESS_CONTROL", "OVERDUE");
        assertThat((Map<String, Object>)
                        api.get(admin, "/api/v1/training/compliance?on=" + day).json("$[0]"))
                .isEqualTo(onTheDay);

        // A completion before version 2 existed is recorded against the version in force then; naming
        // version 2 for it is refused.
        api.post(admin, "/api/v1/training/completions", completion.formatted(e, access, day, ",\"topicVersion\":2"))
                .expectProblem(400, "topicVersion");
        assertThat((Integer) api.post(admin, "/api/v1/training/completions", completion.formatted(e, access, day, ""))
                        .expect(201)
                        .json("$.topicVersion"))
                .isEqualTo(1);

        // Attendance is recorded after the session, and only for those employed by then.
        String future = api.post(admin, "/api/v1/training/sessions", """
                {"topicId":"%s","method":"CLASSROOM","trainer":"T","heldOn":"%s","durationMinutes":60}""".formatted(access, today().plusDays(3)))
                .expect(201)
                .id();
        api.post(admin, "/api/v1/training/sessions/" + future + "/attendance", """
                {"results":[{"employeeId":"%s"}]}""".formatted(e))
                .expectProblem(409);
        String past = api.post(admin, "/api/v1/training/sessions", """
                {"topicId":"%s","method":"CLASSROOM","trainer":"T","heldOn":"%s","durationMinutes":60}""".formatted(access, hired.minusDays(10)))
                .expect(201)
                .id();
        api.post(admin, "/api/v1/training/sessions/" + past + "/attendance", """
                {"results":[{"employeeId":"%s"}]}""".formatted(e))
                .expectProblem(400, "results[0].employeeId");

        // Refreshers are at least yearly unless an approved exception says why.
        String rules = """
                {"rules":{"hireDueDays":30,"refresherMonths":24,"refresherWindowDays":60,"newVersionDueDays":30,
                 "jobFunctionDueDays":0%s},"reminderDaysBefore":[30,7,1]}""";
        api.put(admin, "/api/v1/training/settings", rules.formatted("")).expectProblem(400, "rules.refresherMonths");
        assertThat((String) api.put(
                                admin,
                                "/api/v1/training/settings",
                                rules.formatted(
                                        ",\"refresherExceptionReason\":\"Approved by the AEO manager for office staff\""))
                        .expect(200)
                        .json("$.rules.refresherExceptionReason"))
                .isEqualTo("Approved by the AEO manager for office staff");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"B1","fullName":"X","department":"D"}""").expectProblem(400, "hireDate");
        api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"B1","fullName":"X","department":"D","hireDate":"2026-01-01","jobFunctions":["PILOT"]}""").expectProblem(400, "jobFunctions");
        api.post(admin, "/api/v1/training/employees", """
                {"employeeNumber":"B1","fullName":"X","department":"D","hireDate":"2026-01-01","email":"not-mail"}""").expectProblem(400, "email");
        String b1 = employee("B1", "", today());
        api.post(admin, "/api/v1/training/sessions", """
                {"topicId":"%s","method":"CLASSROOM","trainer":"T","heldOn":"%s","durationMinutes":0}""".formatted(topic("PARKING"), today()))
                .expectProblem(400, "durationMinutes");
        api.post(admin, "/api/v1/training/sessions", """
                {"topicId":"%s","method":"CLASSROOM","trainer":"T","heldOn":"%s","durationMinutes":60,"materials":"%s"}""".formatted(topic("PARKING"), today(), "m".repeat(300_000)))
                .expectProblem(400, "materials");
        api.post(admin, "/api/v1/training/completions", """
                {"employeeId":"%s","topicId":"%s","completedOn":"%s"}""".formatted(b1, topic("PARKING"), today().plusDays(2)))
                .expectProblem(400, "completedOn");
        String failed = api.post(admin, "/api/v1/training/completions", """
                {"employeeId":"%s","topicId":"%s","completedOn":"%s","passed":false,"score":40}""".formatted(b1, topic("PARKING"), today()))
                .expect(201)
                .id();
        api.get(admin, "/api/v1/training/completions/" + failed + "/certificate.pdf")
                .expectProblem(409);
        api.post(admin, "/api/v1/training/topics/" + topic("PARKING") + "/versions", "{}")
                .expectProblem(400, "changeNote");
        api.upload(
                        admin,
                        "/api/v1/training/employees/import",
                        Map.of(),
                        "e.csv",
                        "text/csv",
                        "employee_number,name\nX,Y\n".getBytes(StandardCharsets.UTF_8))
                .expectProblem(400, "file");
        Response xapi = api.post(admin, "/api/v1/training/xapi/statements", """
                [{"actor":{"mbox":"mailto:nobody@example.co.id"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                  "object":{"id":"https://lms.example/xapi/topics/PARKING"},"timestamp":"2026-11-01T09:00:00+07:00"},
                 {"actor":{"account":{"name":"B1"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},
                  "object":{"id":"https://lms.example/xapi/topics/PARKING"}}]""").expect(200);
        assertThat((List<String>) xapi.json("$.errors[*].field")).containsExactly("actor");
        assertThat((List<String>) xapi.json("$.skipped[*].field")).containsExactly("verb.id");
        Response csv = api.send(api.request(admin, "/api/v1/training/completions/import")
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "employee_number,topic_code,completed_on,score\nB1,PARKING," + today() + ",77\nB1,NOPE,"
                                        + today() + ",1\nB1,LIGHTING,yesterday,\n")))
                .expect(200);
        assertThat((Integer) csv.json("$.recorded")).isEqualTo(1);
        assertThat((List<String>) csv.json("$.errors[*].field")).containsExactly("topic_code", "completed_on");
        assertThat((List<Integer>) csv.json("$.errors[*].at")).containsExactly(3, 4);
    }

    @Test
    void tenThousandEmployeesImportWithRowErrorsReportedAndTheSameFileTwiceChangesNothing() throws Exception {
        StringBuilder file =
                new StringBuilder("employee_number,full_name,email,department,manager_email,hire_date,job_functions\n");
        for (int i = 1; i <= 10_000; i++) {
            file.append("K")
                    .append(i)
                    .append(",\"Karyawan ")
                    .append(i)
                    .append(", S.T.\",k")
                    .append(i)
                    .append("@example.co.id,Dept ")
                    .append(i % 20)
                    .append(",boss@example.co.id,2025-0")
                    .append(1 + i % 9)
                    .append("-15,")
                    .append(i % 3 == 0 ? "CARGO_DOCK;COMPUTER_USER" : "COMPUTER_USER")
                    .append('\n');
        }
        file.append("BAD1,No Date,,Dept 1,,,\n"); // line 10002
        file.append("BAD2,Unknown Function,,Dept 1,,2025-01-01,PILOT\n");
        file.append("K5,Duplicate,,Dept 1,,2025-01-01,\n"); // line 10004
        file.append(",No Number,,Dept 1,,2025-01-01,\n");
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        Response started = api.upload(
                        admin, "/api/v1/training/employees/import", Map.of(), "staff.csv", "text/csv", bytes)
                .expect(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/training/imports/" + started.id());
        Response first = waitFor(started.id());
        assertThat(api.get(admin, "/api/v1/training/imports").expect(200).<String>json("$[0].id"))
                .as("the newest first")
                .isEqualTo(started.id());
        assertThat((Integer) first.json("$.createdRows")).isEqualTo(10_000);
        assertThat((Integer) first.json("$.totalRows")).isEqualTo(10_004);
        assertThat((List<Integer>) first.json("$.errors[*].line")).containsExactly(10002, 10003, 10004, 10005);
        assertThat((List<String>) first.json("$.errors[*].field"))
                .containsExactly("hire_date", "job_functions", "employee_number", "employee_number");
        // Read a page at a time: the first hundred by employee number, the total, the next page's address.
        Response firstPage = api.get(admin, "/api/v1/training/employees").expect(200);
        assertThat((List<Object>) firstPage.json("$")).hasSize(100);
        assertThat(firstPage.header("X-Total-Count")).isEqualTo("10000");
        assertThat(firstPage.header("Link"))
                .contains("limit=100", "offset=100", "rel=\"next\"")
                .doesNotContain("prev");
        List<String> numbers = new ArrayList<>();
        String next = "/api/v1/training/employees?limit=1000";
        while (next != null) {
            Response page = api.get(admin, next).expect(200);
            numbers.addAll(page.json("$[*].employee.employeeNumber"));
            String link = page.header("Link");
            next = link == null || !link.contains("rel=\"next\"")
                    ? null
                    : java.net
                                    .URI
                                    .create(link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                                    .getRawPath() + "?"
                            + java.net
                                    .URI
                                    .create(link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                                    .getRawQuery();
        }
        assertThat(numbers).hasSize(10_000).doesNotHaveDuplicates().isSorted();
        assertThat((List<String>)
                        api.get(admin, "/api/v1/training/employees?limit=1000&offset=" + numbers.indexOf("K7"))
                                .json("$[?(@.employee.employeeNumber == 'K7')].employee.fullName"))
                .containsExactly("Karyawan 7, S.T.");
        api.get(admin, "/api/v1/training/employees?limit=1001").expectProblem(400, "limit");
        api.get(admin, "/api/v1/training/employees?offset=-1").expectProblem(400, "offset");

        Response again =
                waitFor(api.upload(admin, "/api/v1/training/employees/import", Map.of(), "staff.csv", "text/csv", bytes)
                        .expect(202)
                        .id());
        assertThat((Integer) again.json("$.unchangedRows")).isEqualTo(10_000);
        assertThat((Integer) again.json("$.createdRows")).isZero();
        assertThat((Integer) again.json("$.updatedRows")).isZero();
        assertThat(api.get(admin, "/api/v1/training/employees").header("X-Total-Count"))
                .isEqualTo("10000");
        List<String> byFunction = api.get(admin, "/api/v1/training/compliance?groupBy=JOB_FUNCTION")
                .json("$[*].key");
        assertThat(byFunction).containsExactly("CARGO_DOCK", "COMPUTER_USER");
    }

    @Test
    void anImportWhoseInstanceStoppedIsTakenOverWhenItsLeaseRunsOutAndFinished() throws Exception {
        String text = "employee_number,full_name,department,hire_date\nR1,Rudi Satu,Gudang,2025-02-01\n"
                + "R2,Rina Dua,Gudang,2025-02-01\nR3,Rahmat Tiga,Kantor,not-a-date\n";
        var starter = new JdbcImports.Starter(UUID.randomUUID(), w.companyAdmin);
        // Accepted by an instance that then died: its file and an expired lease are all that is left.
        UUID dead = UUID.randomUUID();
        imports.start(
                new ImportJob(
                        dead,
                        UUID.fromString(w.companyId),
                        "EMPLOYEES",
                        ImportJob.State.RUNNING,
                        3,
                        0,
                        0,
                        0,
                        0,
                        0,
                        List.of(),
                        clock.instant(),
                        null),
                starter,
                text,
                clock.instant().minusSeconds(1));
        // Still running elsewhere: its lease is current, so it is left alone until the lease runs out.
        UUID alive = UUID.randomUUID();
        imports.start(
                new ImportJob(
                        alive,
                        UUID.fromString(w.companyId),
                        "EMPLOYEES",
                        ImportJob.State.RUNNING,
                        3,
                        0,
                        0,
                        0,
                        0,
                        0,
                        List.of(),
                        clock.instant(),
                        null),
                starter,
                text,
                clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(employeeImport.resumeAbandoned()).isEqualTo(1);
        Response finished = waitFor(dead.toString());
        assertThat((Integer) finished.json("$.createdRows")).isEqualTo(2);
        assertThat((List<Integer>) finished.json("$.errors[*].line")).containsExactly(4);
        assertThat((List<String>) api.get(admin, "/api/v1/training/employees").json("$[*].employee.employeeNumber"))
                .contains("R1", "R2")
                .doesNotContain("R3");
        assertThat((String) api.get(admin, "/api/v1/training/imports/" + alive).json("$.state"))
                .isEqualTo("RUNNING");
        assertThat(employeeImport.resumeAbandoned()).isZero();

        clock.advance(Duration.ofMinutes(6));
        assertThat(employeeImport.resumeAbandoned()).isEqualTo(1);
        Response taken = waitFor(alive.toString());
        assertThat((Integer) taken.json("$.unchangedRows"))
                .as("rows the other instance applied come out unchanged")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_import WHERE id IN (?, ?) AND source_text IS NULL")
                        .params(dead, alive)
                        .query(Long.class)
                        .single())
                .as("the files are dropped once done")
                .isEqualTo(2);
    }

    private Response waitFor(String importId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Response r = api.get(admin, "/api/v1/training/imports/" + importId).expect(200);
            String state = r.json("$.state");
            if (!state.equals("RUNNING") || System.currentTimeMillis() > deadline) {
                assertThat(state).isEqualTo("DONE");
                return r;
            }
            Thread.sleep(200);
        }
    }

    /**
     * The mail to an address once at least {@code count} have arrived: the outbox is emptied and the
     * server asked again for a moment, since another test's scheduled dispatcher may be sending at the
     * same time.
     */
    private List<MimeMessage> mailsTo(String address, int count) throws InterruptedException {
        for (int i = 0; i < 100 && SMTP.to(address).size() < count; i++) {
            outbox.dispatch();
            Thread.sleep(50);
        }
        return SMTP.to(address);
    }
}
