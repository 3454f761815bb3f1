package id.rantai.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Database input at the certification desk in a real Chromium: an officer enters an old
 * certificate (refused first for a bad NIK, beside the field, the rest kept), cannot check their
 * own entry, a second officer checks it, and it then verifies on the public page.
 */
@ApiTest
class DatabaseInputInBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void anOldCertificateIsEnteredByOneOfficerCheckedByAnotherAndThenVerifies() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        String second = "checker-" + w.suffix;
        api.post("admin", "/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Pemeriksa","organisationId":"%s","roles":["TRAINING_STAFF"]}""".formatted(second, Api.PASSWORD, w.trainingCentreId))
                .expect(201);
        String number = "SAK.2019." + w.suffix.substring(0, 5).toUpperCase();

        try (Browser entering = new Browser(port, false)) {
            entering.signIn(w.trainer, Api.PASSWORD);
            entering.open("/console/certification/database");
            // The tests run with the default public address, localhost: every desk page says so.
            assertThat(entering.find(".public-address-warning").getText())
                    .contains("http://localhost:8080", "rantai.certification.public-base-url");
            entering.find("#number").sendKeys(number);
            entering.find("#holderName").sendKeys("Hendra Wijaya");
            entering.find("#nationalId").sendKeys("12345");
            entering.find("#birthPlace").sendKeys("Surabaya");
            entering.setValue("#birthDate", "1985-07-01");
            entering.find("#examYear").sendKeys("2019");
            entering.setValue("#issuedOn", "2019-11-20");
            entering.find("#enter").click();
            entering.await(d ->
                    !d.findElements(By.cssSelector("#entry-form .field-error")).isEmpty());
            assertThat(entering.find("#nationalId").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(entering.find("#holderName").getAttribute("value")).isEqualTo("Hendra Wijaya");
            entering.find("#nationalId").clear();
            entering.find("#nationalId").sendKeys("3578010107850001");
            entering.find("#enter").click();
            entering.await(d -> d.getCurrentUrl().contains("entered"));
            String row = "#entry-" + number.replace(".", "\\.");
            entering.find(row + " button").click();
            entering.await(
                    d -> !d.findElements(By.cssSelector(row + " .field-error")).isEmpty());
            assertThat(entering.text(row + " .field-error")).contains("orang lain");
        }
        try (Browser checking = new Browser(port, false)) {
            checking.signIn(second, Api.PASSWORD);
            checking.open("/console/certification/database");
            checking.find("#entry-" + number.replace(".", "\\.") + " button").click();
            checking.await(d -> d.getCurrentUrl().contains("confirmed"));
            checking.open("/verify?number=" + number + "&name=Hendra%20Wijaya");
            assertThat(checking.text(".verdict-word")).isEqualTo("SAH");
        }
        // The desk is the training centre's: a company's user is refused, the page saying so.
        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            assertThat(company.driver.findElements(By.cssSelector("header nav a[href='/console/certification']")))
                    .isEmpty();
            company.open("/console/certification");
            assertThat(company.find("body").getAttribute("data-page")).isEqualTo("refused");
            company.open("/console/certification/database");
            assertThat(company.find("body").getAttribute("data-page")).isEqualTo("refused");
        }
    }
}
