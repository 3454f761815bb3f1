package id.rantai.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration in a real Chromium: the platform administrator creates a customs office (the
 * missing office code named beside its field) and an officer for it; the company's own admin sees
 * and manages only their company's accounts, cannot grant ADMIN, disables a colleague — who can
 * then no longer sign in — and enables them again; a provider keeps its seal inventory, where a new
 * seal's device secret is shown once.
 */
@ApiTest
class AdministrationInBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void administratorsManageOrganisationsAndAccountsInTheConsole() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        String office = "KPPBC TMP Bitung " + w.suffix;
        String officer = "petugas-bitung-" + w.suffix;

        try (Browser admin = new Browser(port, false)) {
            admin.signIn("admin", "admin-password-for-tests");
            admin.open("/console/admin/organisations");
            assertThat(admin.text("main h1")).isEqualTo("Organisasi");
            admin.find("#name").sendKeys(office);
            admin.find("#kind option[value=CUSTOMS_OFFICE]").click();
            admin.find("#timeZone option[value=WITA]").click();
            admin.find("#new-organisation button[type=submit]").click();
            admin.await(d -> !d.findElements(By.cssSelector("#new-organisation .field-error"))
                    .isEmpty());
            assertThat(admin.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.find("#name").getAttribute("value")).isEqualTo(office);
            admin.find("#code").sendKeys("BT-" + w.suffix);
            admin.find("#new-organisation button[type=submit]").click();
            admin.await(d -> admin.text("#organisation-created").contains(office));
            assertThat(admin.text("#organisations")).contains(office, "Kantor Bea Cukai (KPPBC)", "WITA");

            admin.open("/console/admin/users");
            admin.find("#username").sendKeys(officer);
            admin.find("#fullName").sendKeys("Petugas Bitung");
            admin.find("#email").sendKeys(officer + "@example.co.id");
            admin.find("#password").sendKeys(Api.PASSWORD);
            admin.driver.findElements(By.cssSelector("#organisationId option")).stream()
                    .filter(o -> o.getText().equals(office))
                    .findFirst()
                    .orElseThrow()
                    .click();
            admin.find("#new-role-CUSTOMS_OFFICER").click();
            admin.find("#new-user button[type=submit]").click();
            admin.await(d -> admin.text("#user-created").contains(officer));

            // The background work of every organisation, in Indonesian, each queue named.
            admin.open("/console/admin/jobs");
            assertThat(admin.text("main h1")).isEqualTo("Pekerjaan latar");
            assertThat(admin.text("#job-counts"))
                    .contains("Surel", "Pengiriman ke SKP", "Impor karyawan", "Impor sertifikat lama");
        }
        try (Browser newcomer = new Browser(port, false)) {
            newcomer.signIn(officer, Api.PASSWORD);
            newcomer.await(d -> d.getCurrentUrl().endsWith("/console/map"));
            assertThat(newcomer.text("header .org")).contains(office);
        }

        try (Browser companyAdmin = new Browser(port, false)) {
            companyAdmin.signIn(w.companyAdmin, Api.PASSWORD);
            companyAdmin.open("/console/admin/users");
            String users = companyAdmin.text("#users");
            assertThat(users)
                    .contains(w.company, w.companyAdmin)
                    .doesNotContain(w.company2, w.officer, "admin-password");
            assertThat(companyAdmin.driver.findElements(By.id("new-role-ADMIN")))
                    .isEmpty();
            // Organisations are the platform administrator's.
            companyAdmin.open("/console/admin/organisations");
            assertThat(companyAdmin.text("main h1")).isEqualTo("Tidak diizinkan");
            companyAdmin.open("/console/admin/jobs");
            assertThat(companyAdmin.text("main h1")).isEqualTo("Tidak diizinkan");

            companyAdmin.open("/console/admin/users");
            companyAdmin
                    .find("tr[data-username='" + w.company + "'] form[action$='/disable'] button")
                    .click();
            companyAdmin.await(d ->
                    companyAdmin.text("tr[data-username='" + w.company + "']").contains("Dinonaktifkan"));
            try (Browser colleague = new Browser(port, false)) {
                colleague.signIn(w.company, Api.PASSWORD);
                assertThat(colleague.text("p.error"))
                        .isEqualTo("Akun ini dinonaktifkan. Hubungi admin organisasi Anda.");
            }
            companyAdmin
                    .find("tr[data-username='" + w.company + "'] form[action$='/enable'] button")
                    .click();
            companyAdmin.await(d ->
                    companyAdmin.text("tr[data-username='" + w.company + "']").contains("Aktif"));
            // A password too short is refused beside the field of that account.
            companyAdmin
                    .find("tr[data-username='" + w.company + "'] input[name=newPassword]")
                    .sendKeys("kort");
            companyAdmin
                    .find("tr[data-username='" + w.company + "'] form[action$='/password'] button")
                    .click();
            companyAdmin.await(
                    d -> !d.findElements(By.cssSelector("tr[data-username='" + w.company + "'] .field-error"))
                            .isEmpty());
        }

        // An officer sets the office's monitoring thresholds in a form; a wrong value is named beside its field.
        try (Browser desk = new Browser(port, false)) {
            desk.signIn(w.officer, Api.PASSWORD);
            desk.open("/console/settings/monitoring");
            assertThat(desk.text("main h1")).isEqualTo("Pengaturan pemantauan kantor");
            assertThat(desk.find("#reportingInterval").getAttribute("value")).isEqualTo("1");
            desk.find("#lowBatteryPercent").clear();
            desk.find("#lowBatteryPercent").sendKeys("150");
            desk.find("#save-settings").click();
            desk.await(d ->
                    !d.findElements(By.cssSelector("#settings .field-error")).isEmpty());
            assertThat(desk.find("#lowBatteryPercent").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(desk.find("#lowBatteryPercent").getAttribute("value")).isEqualTo("150");
            desk.find("#lowBatteryPercent").clear();
            desk.find("#lowBatteryPercent").sendKeys("25");
            desk.find("#stopThreshold").clear();
            desk.find("#stopThreshold").sendKeys("45");
            desk.find("#save-settings").click();
            desk.await(d -> !d.findElements(By.id("settings-saved")).isEmpty());
            Object low = api.get(w.officer, "/api/v1/offices/" + w.officeId + "/monitoring-settings")
                    .json("$.lowBatteryPercent");
            assertThat(low).isEqualTo(25);
            assertThat((String) api.get(w.officer, "/api/v1/offices/" + w.officeId + "/monitoring-settings")
                            .json("$.stopThreshold"))
                    .isEqualTo("PT45M");
        }

        try (Browser provider = new Browser(port, false)) {
            provider.signIn(w.provider, Api.PASSWORD);
            provider.open("/console/seals");
            assertThat(provider.text("main h1")).isEqualTo("Inventaris segel");
            provider.find("#serialNumber").sendKeys("x");
            provider.find("#register").click();
            provider.await(d -> !d.findElements(By.cssSelector("#register-seal .field-error"))
                    .isEmpty());
            provider.find("#serialNumber").clear();
            provider.find("#serialNumber").sendKeys("JT701-" + w.suffix);
            provider.find("#register").click();
            provider.await(d -> !d.findElements(By.id("secret-value")).isEmpty());
            String secret = provider.text("#secret-value");
            assertThat(secret).hasSizeGreaterThan(16);
            assertThat(provider.text("#seals")).contains("JT701-" + w.suffix, "Tersedia");
            // Shown once: the list, opened again, has no secret on it.
            provider.open("/console/seals");
            assertThat(provider.driver.getPageSource()).doesNotContain(secret);
        }
    }
}
