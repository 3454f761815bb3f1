package id.rantai.training.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A training coordinator in a real Chromium: a bad file is refused beside the field; an employee
 * file with some bad rows is imported while the page's progress bar follows it to the end, the
 * refused rows listed with line, column and reason and downloadable as a file; the dashboard then
 * shows the rate, the breakdowns, the trend chart and the overdue list.
 */
@ApiTest
class TrainingConsoleInBrowserTest {
    static final Smtp SMTP = Smtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        SMTP.register(r);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aCoordinatorImportsEmployeesWithBadRowsAndWatchesTheProgressBarFinish() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        StringBuilder csv = new StringBuilder("employee_number,full_name,department,hire_date,job_functions,email\n");
        int rows = 3000;
        for (int i = 1; i <= rows; i++) {
            String hired = i == 700 ? "kemarin" : i == 2400 ? "2031-01-01" : "2019-03-01";
            String name = i == 1500 ? "" : "Pegawai " + i;
            csv.append("E")
                    .append(i)
                    .append(',')
                    .append(name)
                    .append(',')
                    .append(i % 3 == 0 ? "Gudang" : "Ekspedisi")
                    .append(',')
                    .append(hired)
                    .append(",,e")
                    .append(i)
                    .append("@example.co.id\n");
        }
        Path file = Files.createTempFile("pegawai", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path bad = Files.createTempFile("salah", ".csv");
        Files.writeString(bad, "nomor,nama\n1,A\n", StandardCharsets.UTF_8);

        try (Browser coordinator = new Browser(port, false)) {
            coordinator.signIn(w.companyAdmin, Api.PASSWORD);
            coordinator.find("header nav a[href='/console/training']").click();
            coordinator.find("#import-link").click();
            coordinator.find("#file").sendKeys(bad.toString());
            coordinator.find("#start-import").click();
            coordinator.await(d ->
                    !d.findElements(By.cssSelector("#import-form .field-error")).isEmpty());
            assertThat(coordinator.find("#file").getAttribute("aria-invalid")).isEqualTo("true");

            coordinator.find("#file").sendKeys(file.toString());
            coordinator.find("#start-import").click();
            coordinator.await(d -> !d.findElements(By.id("import-bar")).isEmpty());
            List<String> seen = new ArrayList<>();
            coordinator.await(d -> {
                seen.add(coordinator.find("#import-bar").getAttribute("value"));
                return "DONE".equals(coordinator.find("#import-progress").getAttribute("data-state"));
            });
            assertThat(coordinator.find("#import-bar").getAttribute("value")).isEqualTo(Integer.toString(rows));
            assertThat(coordinator.text("#import-state")).isEqualTo("Selesai: 3.000 dari 3.000 baris diproses");
            assertThat(coordinator.find("#import-progress").getAttribute("hx-trigger"))
                    .as("the page stops asking once the import is done")
                    .isNull();
            assertThat(coordinator.text("#refused-rows")).isEqualTo("3");
            assertThat(coordinator.text("#created")).isEqualTo("2.997");
            List<String> lines =
                    coordinator.driver.findElements(By.cssSelector("#import-errors tbody tr td:first-child")).stream()
                            .map(e -> e.getText())
                            .toList();
            assertThat(lines).containsExactly("701", "1501", "2401");

            String errors = coordinator.find("#errors-file").getAttribute("href");
            Cookie session = coordinator.driver.manage().getCookieNamed("JSESSIONID");
            HttpResponse<String> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(errors))
                                    .header("Cookie", "JSESSIONID=" + session.getValue())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).startsWith("\uFEFFBaris,Kolom,Alasan\r\n701,hire_date,");
            assertThat(download.body().lines()).hasSize(4);

            // Some of the staff trained over the last two years, for a trend with a shape.
            List<String> topics =
                    api.get(w.companyAdmin, "/api/v1/training/topics").json("$[*].topic.code");
            StringBuilder done = new StringBuilder("employee_number,topic_code,completed_on\n");
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
            for (int i = 1; i <= 40; i++) {
                for (String topic : topics) {
                    done.append('E')
                            .append(i)
                            .append(',')
                            .append(topic)
                            .append(',')
                            .append(today.minusDays(i * 17L))
                            .append('\n');
                }
            }
            api.send(api.request(w.companyAdmin, "/api/v1/training/completions/import")
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(done.toString())))
                    .expect(200);
            coordinator.find("header nav a[href='/console/training']").click();
            coordinator.await(d -> !d.findElements(By.id("rate")).isEmpty());
            assertThat(coordinator.driver.findElements(By.cssSelector("#by-departments tbody tr")))
                    .hasSize(2);
            assertThat(coordinator.text("#by-departments")).contains("Gudang", "Ekspedisi");
            coordinator.await(d -> coordinator.find("#trend-chart").getAttribute("data-drawn") != null);
            assertThat(coordinator.driver.findElements(By.cssSelector("#trend-chart canvas")))
                    .isNotEmpty();
            coordinator.find(".filters a:nth-child(3)").click();
            coordinator.await(d -> d.getCurrentUrl().contains("months=36"));
            coordinator.screenshot("training-dashboard");

            // Reminders of what falls due soon go out on demand and are listed with how delivery went.
            coordinator.find("#send-reminders").click();
            coordinator.await(d -> !d.findElements(By.id("reminders-sent")).isEmpty());
            assertThat(coordinator.text("#reminders-sent")).matches("Terkirim [1-9][0-9]* pengingat .*");
            assertThat(coordinator.driver.findElements(By.cssSelector("#reminders tbody tr")))
                    .isNotEmpty();
            assertThat(coordinator.text("#reminders tbody tr")).contains("@example.co.id", "Menunggu dikirim");

            // A session of the first topic: refused without its trainer, then its attendance for one department.
            coordinator.open("/console/training/sessions");
            new Select(coordinator.find("#topicId")).selectByIndex(1);
            new Select(coordinator.find("#method")).selectByValue("CLASSROOM");
            coordinator.setValue("#heldOn", today.minusDays(1).toString());
            coordinator.find("#durationMinutes").sendKeys("90");
            coordinator.find("#record-session").click();
            coordinator.await(d ->
                    !d.findElements(By.cssSelector("#new-session .field-error")).isEmpty());
            assertThat(coordinator.find("#trainer").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(coordinator.find("#durationMinutes").getAttribute("value"))
                    .isEqualTo("90");
            coordinator.find("#trainer").sendKeys("Budi Santoso");
            coordinator.find("#record-session").click();
            coordinator.await(d -> d.getCurrentUrl().matches(".*/sessions/[0-9a-f-]{36}$"));
            new Select(coordinator.find("#department")).selectByValue("Gudang");
            coordinator.find(".filters button").click();
            coordinator.await(d -> !d.findElements(By.id("attendance")).isEmpty());
            assertThat(coordinator.driver.findElements(By.cssSelector("#attendance tbody tr")))
                    .as("a department of a thousand, a hundred at a time")
                    .hasSize(100);
            coordinator
                    .find("#attendance tbody tr:nth-child(1) input[name^=present-]")
                    .click();
            coordinator
                    .find("#attendance tbody tr:nth-child(1) input[name^=score-]")
                    .sendKeys("85");
            coordinator
                    .find("#attendance tbody tr:nth-child(2) input[name^=present-]")
                    .click();
            coordinator
                    .find("#attendance tbody tr:nth-child(2) input[name^=passed-]")
                    .click();
            coordinator.find("#save-attendance").click();
            coordinator.await(d -> !d.findElements(By.id("recorded")).isEmpty());
            assertThat(coordinator.text("#recorded")).isEqualTo("Kehadiran 2 pegawai tercatat.");

            // A new version of that topic says whom it concerns; refused without saying what changed.
            coordinator.open("/console/training/catalogue");
            coordinator.find("article.topic form button").click();
            coordinator.await(d -> !d.findElements(By.cssSelector("article.topic .field-error"))
                    .isEmpty());
            coordinator.find("article.topic input[name=changeNote]").sendKeys("Prosedur segel elektronik baru");
            coordinator.find("article.topic form button").click();
            coordinator.await(d -> d.getCurrentUrl().contains("published=2"));
            assertThat(coordinator.text("article.topic")).contains("Prosedur segel elektronik baru");
        }
    }
}
