package id.rantai.eseal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.MutableClock;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The disruption desk and the norms report in a real Chromium: the company reports a seal that
 * misbehaves from the trip's page (the missing description named beside its field), the provider
 * acknowledges it and resolves it (what was done is required), and the officer reads the SOP norms
 * of the period as a chart and a table; a provider of another company's trips sees none of it. The
 * provider's device health lists the installed seal that has not reported, then charts its battery.
 */
@ApiTest
class NormsAndDisruptionsInBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void disruptionsAreFollowedUpAndNormsReported() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        World.InstalledTrip trip = w.installedTrip("DSR-" + w.suffix, clock.instant());

        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.open("/console/trips/" + trip.trip());
            company.find("#report-disruption-link").click();
            company.await(d -> d.getCurrentUrl().contains("/console/disruptions"));
            assertThat(company.find("#tripId").getAttribute("value")).isEqualTo(trip.trip());
            company.find("#category option[value=SEAL_DEVICE]").click();
            company.find("#report-disruption").click();
            company.await(d -> !d.findElements(By.cssSelector("#new-disruption .field-error"))
                    .isEmpty());
            assertThat(company.find("#description").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            company.find("#description").sendKeys("Segel berbunyi terus sejak keluar pelabuhan");
            company.find("#report-disruption").click();
            company.await(d -> !d.findElements(By.id("disruption-reported")).isEmpty());
            assertThat(company.text("#disruptions"))
                    .contains(
                            "Perangkat segel", "Dilaporkan", "Segel berbunyi terus", "Tanggapan laporan kendala: sisa");
            // On the trip's page the report reads in words, not codes.
            company.open("/console/trips/" + trip.trip());
            assertThat(company.driver.getPageSource())
                    .contains("Perangkat segel")
                    .doesNotContain("SEAL_DEVICE");
        }

        try (Browser provider = new Browser(port, false)) {
            provider.signIn(w.provider, Api.PASSWORD);
            provider.open("/console/disruptions");
            provider.find("#disruptions button.secondary").click();
            provider.await(d -> provider.text("#disruptions").contains("Ditanggapi"));
            provider.find("#disruptions form.respond button").click();
            provider.await(d ->
                    !d.findElements(By.cssSelector("#disruptions .field-error")).isEmpty());
            provider.find("#disruptions input[name=resolution]").sendKeys("Segel diganti di gerbang tol");
            provider.find("#disruptions form.respond button").click();
            provider.await(d -> provider.text("#disruptions").contains("Selesai"));
            assertThat(provider.text("#disruptions")).contains("Penyelesaian laporan kendala: Terpenuhi");
        }
        // Device health: the installed seal has not reported yet, so it heads the provider's work list;
        // once it reports, its battery shows as a chart.
        try (Browser provider = new Browser(port, false)) {
            provider.signIn(w.provider, Api.PASSWORD);
            provider.open("/console/device-health");
            assertThat(provider.text("#offline")).contains(trip.serial());
            SimulatedSeal seal = new SimulatedSeal(api, clock, trip.serial(), trip.secret());
            for (int i = 0; i < 3; i++) {
                seal.reportAt(-6.9460, 110.4250, "").expect(200);
            }
            provider.open("/console/device-health");
            assertThat(provider.text("#offline-none")).isEqualTo("Semua segel yang terpasang melapor.");
            provider.find("#health tr[data-seal='" + trip.serial() + "'] a").click();
            provider.await(d -> "3".equals(provider.find("#battery-chart").getAttribute("data-drawn")));
            assertThat(provider.text("#health")).contains(trip.serial(), "90 %");
            provider.screenshot("device-health");
        }

        try (Browser other = new Browser(port, false)) {
            other.signIn(w.provider2, Api.PASSWORD);
            other.open("/console/disruptions");
            assertThat(other.text("#disruptions")).doesNotContain("Segel berbunyi terus");
        }

        try (Browser officer = new Browser(port, false)) {
            officer.signIn(w.officer, Api.PASSWORD);
            officer.open("/console/norms?from=2026-11-01&to=2026-11-30");
            assertThat(officer.text("main h1")).isEqualTo("Norma waktu SOP");
            officer.await(d -> "1".equals(officer.find("#chart-byOffice").getAttribute("data-drawn")));
            assertThat(officer.text("#table-byOffice")).contains("Pemasangan (5 menit)", "Tanggapan laporan kendala");
            assertThat(officer.text("#table-byProvider")).contains("PT Segel Elektronik " + w.suffix);
            officer.screenshot("norms-report");
            // A period the wrong way round is named beside the dates.
            officer.open("/console/norms?from=2026-11-30&to=2026-11-01");
            assertThat(officer.text("#period-error")).contains("tidak boleh sebelum tanggal awal");
            officer.open("/console/norms?from=2026-11-01&to=2026-11-30&lang=en");
            assertThat(officer.text("main h1")).isEqualTo("SOP time norms");
            officer.open("/console/norms?from=2026-11-30&to=2026-11-01");
            assertThat(officer.text("#period-error")).contains("must not be before");
            officer.open("/console/norms?lang=id");
        }
    }
}
