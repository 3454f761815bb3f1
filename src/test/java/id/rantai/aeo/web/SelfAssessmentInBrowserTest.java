package id.rantai.aeo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.MutableClock;
import id.rantai.support.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The AEO self-assessment in a real Chromium: the company answers items on the framework's tree
 * with evidence uploaded on the item's page and picked from the library, is refused submission
 * with the unanswered items listed, submits; the officer asks for clarification on an item (refused
 * first without the question), the company answers in the thread, the officer accepts the item and
 * the assessment; a corrective action planned on the board goes overdue.
 */
@ApiTest
class SelfAssessmentInBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aCompanyAnswersWithEvidenceSubmitsAndCustomsAcceptsAfterClarification() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        String framework = api.get(w.company, "/api/v1/aeo/frameworks").json("$[0].id");
        List<String> codes =
                api.get(w.company, "/api/v1/aeo/frameworks/" + framework).json("$.criteria[*].code");
        List<String> parentCodes =
                api.get(w.company, "/api/v1/aeo/frameworks/" + framework).json("$.criteria[*].parentCode");
        Set<String> parents = new HashSet<>(parentCodes);
        List<String> leaves = codes.stream().filter(c -> !parents.contains(c)).toList();
        Path scan = Files.createTempFile("sop", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% SOP penyegelan\n", StandardCharsets.US_ASCII);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        String id;

        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.find("header nav a[href='/console/aeo']").click();
            company.find("#start button[type=submit]").click();
            company.await(d -> !d.findElements(By.id("tree")).isEmpty());
            id = company.driver.getCurrentUrl().replaceAll(".*/assessments/", "");
            assertThat(company.driver.findElements(By.cssSelector("#tree > li.kind-group")))
                    .hasSize(7);
            assertThat(company.text("#node-6\\.b > .logic")).isNotBlank();

            // 6.b.3 with a new document uploaded on its page.
            company.find("#node-6\\.b\\.3 > .node a.code").click();
            company.await(d -> company.text("main h1").startsWith("6.b.3"));
            company.find("input[name=status][value=PARTLY_MET]").click();
            company.find("#narrative").sendKeys("Segel dipasang sesuai SOP; register segel belum lengkap.");
            company.find("#responsiblePerson").sendKeys("Manajer AEO");
            company.find("#newTitle").sendKeys("SOP penyegelan kontainer");
            company.setValue("#newEffectiveDate", today.minusMonths(6).toString());
            company.find("#newFile").sendKeys(scan.toString());
            company.find("#save-answer").click();
            company.await(d -> !d.findElements(By.id("saved")).isEmpty());
            assertThat(company.text("#cited")).contains("SOP penyegelan kontainer");
            assertThat(company.text("#node-status")).isEqualTo("Terpenuhi sebagian");

            // 6.d.2 is not applicable: refused without the reason; it cites the document picked from the library.
            company.open("/console/aeo/assessments/" + id + "/criteria/6.d.2");
            company.find("input[name=status][value=NOT_APPLICABLE]").click();
            company.find("#save-answer").click();
            company.await(d ->
                    !d.findElements(By.cssSelector("#answer-form .field-error")).isEmpty());
            assertThat(company.find("#justification").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            company.find("#justification").sendKeys("Tidak ada CCTV yang dapat dibagikan");
            company.find("#library input[type=checkbox]").click();
            company.find("#save-answer").click();
            company.await(d -> !d.findElements(By.id("saved")).isEmpty());
            assertThat(company.text("#cited")).contains("SOP penyegelan kontainer");

            company.open("/console/aeo/assessments/" + id);
            company.find("#submit").click();
            company.await(d -> !d.findElements(By.id("missing")).isEmpty());
            assertThat(company.driver.findElements(By.cssSelector("#missing li")))
                    .hasSizeGreaterThan(10);
            assertThat(company.text("#missing")).contains("1.a");
            assertThat(company.text("#node-6\\.b\\.3 > .node .evidence")).isEqualTo("1 bukti");

            for (String code : leaves) {
                if (List.of("3.b.2", "6.b.4.h", "6.b.3", "6.d.2").contains(code)) {
                    continue; // not applicable to this profile, or answered above
                }
                api.put(
                                w.company,
                                "/api/v1/aeo/assessments/" + id + "/answers/" + code,
                                "{\"status\":\"MET\",\"narrative\":\"Diterapkan\"}")
                        .expect(200);
            }
            company.open("/console/aeo/assessments/" + id);
            company.find("#submit").click();
            company.await(d -> !d.findElements(By.id("submitted")).isEmpty());
            assertThat(company.text("#assessment-state")).isEqualTo("Diajukan, dalam penelitian Bea Cukai");
            company.screenshot("aeo-tree");
        }

        try (Browser officer = new Browser(port, false)) {
            officer.signIn(w.officer, Api.PASSWORD);
            officer.find("header nav a[href='/console/aeo']").click();
            officer.find("#assessments a").click();
            officer.open("/console/aeo/assessments/" + id + "/criteria/6.b.3");
            officer.find("#verdict-form input[value=CLARIFICATION_REQUESTED]").click();
            officer.find("#save-verdict").click();
            officer.await(d -> !d.findElements(By.cssSelector("#verdict-form .field-error"))
                    .isEmpty());
            assertThat(officer.find("#comment").getAttribute("aria-invalid")).isEqualTo("true");
            officer.find("#verdict-form input[value=CLARIFICATION_REQUESTED]").click();
            officer.find("#comment").sendKeys("Lampirkan register segel tiga bulan terakhir.");
            officer.find("#save-verdict").click();
            officer.await(d -> !d.findElements(By.id("reviewed")).isEmpty());
            assertThat(officer.text("#thread")).contains("Lampirkan register segel");

            officer.open("/console/aeo/assessments/" + id + "/review");
            officer.find("#decision-form input[value=true]").click();
            officer.find("#decide").click();
            officer.await(d ->
                    !d.findElements(By.cssSelector("#decision-form .error")).isEmpty());
            assertThat(officer.text("#decision-form .error")).contains("6.b.3");
            // Returned: refused without a note, then with one.
            officer.find("#decision-form input[value=false]").click();
            officer.find("#decide").click();
            officer.await(d -> !d.findElements(By.cssSelector("#decision-form .field-error"))
                    .isEmpty());
            assertThat(officer.find("#note").getAttribute("aria-invalid")).isEqualTo("true");
            officer.find("#decision-form input[value=false]").click();
            officer.find("#note").sendKeys("Lengkapi 6.b.3");
            officer.find("#decide").click();
            officer.await(d -> !d.findElements(By.id("decided")).isEmpty());
            assertThat(officer.text("#assessment-state")).isEqualTo("Dikembalikan untuk diperbaiki");
        }

        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.open("/console/aeo/assessments/" + id + "/criteria/6.b.3");
            company.find("#body").sendKeys("Register segel Juli–September terlampir pada SOP revisi.");
            company.find("#comment-form button").click();
            company.await(d -> company.text("#thread").contains("Register segel Juli"));
            company.find("#narrative").clear();
            company.find("#narrative").sendKeys("Segel dipasang sesuai SOP; register segel Juli–September lengkap.");
            company.find("#save-answer").click();
            company.await(d -> !d.findElements(By.id("saved")).isEmpty());
            company.open("/console/aeo/assessments/" + id);
            company.find("#submit").click();
            company.await(d -> !d.findElements(By.id("submitted")).isEmpty());
        }

        try (Browser officer = new Browser(port, false)) {
            officer.signIn(w.officer, Api.PASSWORD);
            officer.open("/console/aeo/assessments/" + id + "/criteria/6.b.3");
            assertThat(officer.text("#thread")).contains("Register segel Juli");
            officer.find("#verdict-form input[value=ACCEPTED]").click();
            officer.find("#save-verdict").click();
            officer.await(d -> !d.findElements(By.id("reviewed")).isEmpty());
            officer.open("/console/aeo/assessments/" + id + "/review");
            assertThat(officer.text("#change-6\\.b\\.3"))
                    .as("round 1 and round 2 side by side")
                    .contains("register segel belum lengkap", "register segel Juli–September lengkap", "uraian");
            // Accepting needs a verdict on every applicable item: refused, naming those without one.
            officer.find("#decision-form input[value=true]").click();
            officer.find("#decide").click();
            officer.await(d ->
                    !d.findElements(By.cssSelector("#decision-form .error")).isEmpty());
            assertThat(officer.text("#decision-form .error")).contains("Belum ada putusan", "1.a", "7.c");
            for (String group : List.of("1", "2", "3", "4", "5", "6", "7")) {
                api.post(w.officer, "/api/v1/aeo/assessments/" + id + "/reviews/" + group, "{\"verdict\":\"ACCEPTED\"}")
                        .expect(200);
            }
            officer.open("/console/aeo/assessments/" + id + "/review");
            officer.find("#decision-form input[value=true]").click();
            officer.find("#decide").click();
            officer.await(d -> !d.findElements(By.id("decided")).isEmpty());
            assertThat(officer.text("#assessment-state")).isEqualTo("Diterima");
            officer.open("/console/aeo");
            officer.find("#ranking-link").click();
            assertThat(officer.text("#ranking")).contains("PT Importir Semarang", "Diterima");
        }

        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.open("/console/aeo/assessments/" + id + "/actions");
            assertThat(company.text("#gap-6\\.b\\.3")).contains("belum ada tindakan terbuka");
            company.find("#gap-6\\.b\\.3 input[name=title]").sendKeys("Lengkapi register segel");
            company.find("#gap-6\\.b\\.3 button").click();
            company.await(d -> !d.findElements(By.cssSelector("#gap-6\\.b\\.3 .field-error"))
                    .isEmpty());
            company.find("#gap-6\\.b\\.3 input[name=title]").sendKeys("Lengkapi register segel");
            company.find("#gap-6\\.b\\.3 input[name=owner]").sendKeys("Kepala Gudang");
            company.setValue(
                    "#gap-6\\.b\\.3 input[name=dueDate]", today.plusDays(3).toString());
            company.find("#gap-6\\.b\\.3 button").click();
            company.await(
                    d -> !d.findElements(By.cssSelector("#column-OPEN .card")).isEmpty());
            assertThat(company.driver.findElements(By.cssSelector("#column-OPEN .card.overdue")))
                    .isEmpty();
            clock.advance(Duration.ofDays(5));
            company.open("/console/aeo/assessments/" + id + "/actions");
            assertThat(company.text("#column-OPEN .card")).contains("Lewat tenggat", "Kepala Gudang");
        }
    }
}
