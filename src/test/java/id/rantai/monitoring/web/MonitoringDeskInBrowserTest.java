package id.rantai.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.MutableClock;
import id.rantai.support.RulesSettled;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customs officer at the monitoring desk, in a real Chromium: signs in (in Indonesian), sees the
 * trip on the live map, sees a cut cable appear on the alert desk and the map without reloading,
 * is told next to the note field that resolving a critical alert needs a note, acknowledges and
 * resolves it; the English switch; and another company's staff see none of it.
 */
@ApiTest
class MonitoringDeskInBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RuleEngine rules;

    @Test
    void anOfficerSeesATamperAlertArriveLiveAndDealsWithIt() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        World.InstalledTrip trip = w.installedTrip("WEB-" + w.suffix, clock.instant());
        SimulatedSeal seal =
                new SimulatedSeal(api, clock, trip.serial(), trip.secret()).settleWith(RulesSettled.by(rules));
        String reference = api.get(w.officer, "/api/v1/trips/" + trip.trip()).json("$.reference");
        seal.reportAt(-6.9460, 110.4250, "").expect(200);

        try (Browser officer = new Browser(port, false)) {
            officer.signIn(w.officer, "wrong password");
            assertThat(officer.text("h1")).isEqualTo("Masuk");
            assertThat(officer.text("p.error")).isEqualTo("Nama pengguna atau kata sandi salah.");
            officer.signIn(w.officer, Api.PASSWORD);
            // The front door sends an officer to the live map, with the trip on it.
            officer.await(d -> d.getCurrentUrl().endsWith("/console/map"));
            assertThat(officer.text("main h1")).isEqualTo("Peta pemantauan langsung");
            assertThat(officer.text("header .roles")).contains("Petugas Bea Cukai");
            officer.await(d -> officer.text("#trip-count").equals("1"));
            officer.await(
                    d -> officer.find("#live-status").getAttribute("class").contains("on"));
            seal.reportAt(-6.9462, 110.4248, "").expect(200);
            officer.await(d -> String.valueOf(officer.find("#map").getAttribute("data-last-position"))
                    .startsWith(trip.trip()));
            officer.screenshot("live-map");
            // Filters: the provider of the trip keeps it on the map, a state it is not in takes it off; the
            // provider filter offers only organisations of trips this officer may see.
            assertThat(officer.text("#filter-provider"))
                    .contains("PT Segel Elektronik " + w.suffix)
                    .doesNotContain("PT Segel Lain " + w.suffix);
            officer.find("#filter-provider option[value='" + w.providerId + "']")
                    .click();
            officer.await(d -> officer.text("#shown-count").equals("1"));
            officer.find("#filter-state option[value=ARRIVED]").click();
            officer.await(d -> officer.text("#shown-count").equals("0"));

            officer.open("/console/alerts");
            assertThat(officer.text("main h1")).isEqualTo("Meja peringatan");
            assertThat(officer.text("#alert-rows")).contains("Tidak ada peringatan terbuka.");
            officer.await(d -> "on".equals(officer.find("body").getAttribute("data-live")));
            // The cable is cut: the alert appears and is announced without reloading the page.
            seal.reportAt(-6.9463, 110.4247, ",\"events\":[\"TAMPER\"]").expect(200);
            officer.await(d -> officer.text("#alert-rows").contains("Segel dirusak (kabel terpotong)"));
            assertThat(officer.find("#announcement").isDisplayed()).isTrue();
            assertThat(officer.text("#announcement"))
                    .contains("Peringatan kritis baru", "Segel dirusak (kabel terpotong)");
            assertThat(officer.text("#alert-rows")).contains(reference, trip.serial(), "Kritis", "Terbuka", "WIB");
            officer.screenshot("alert-desk");
            // The desk's filters: by trip or seal, and by alert type.
            officer.open("/console/alerts?trip=NO-SUCH-TRIP");
            assertThat(officer.text("#alert-rows")).contains("Tidak ada peringatan terbuka.");
            officer.open("/console/alerts?type=SEAL_TAMPERED&trip=" + trip.serial());
            assertThat(officer.text("#alert-rows")).contains("Segel dirusak (kabel terpotong)");

            // Resolving a critical alert needs a note: the reason appears next to the field.
            officer.find("#alert-rows button[value=resolve]").click();
            officer.await(d ->
                    !d.findElements(By.cssSelector("#alert-rows .field-error")).isEmpty());
            assertThat(officer.text("#alert-rows .field-error")).startsWith("Catatan wajib diisi");
            officer.find("#alert-rows input[name=note]").sendKeys("Tim patroli dikirim");
            officer.find("#alert-rows button[value=acknowledge]").click();
            officer.await(d -> officer.text("#alert-rows").contains("Ditanggapi"));
            officer.find("#alert-rows input[name=note]").sendKeys("Segel diganti, isi sesuai manifest");
            officer.find("#alert-rows button[value=resolve]").click();
            officer.await(d -> officer.text("#alert-rows").contains("Selesai"));
            assertThat(api.get(w.officer, "/api/v1/alerts?tripId=" + trip.trip())
                            .json("$[0].resolveNote")
                            .toString())
                    .isEqualTo("Segel diganti, isi sesuai manifest");

            // The trip one click away: its corridor, fences and track on the map.
            officer.open("/console/map?trip=" + trip.trip());
            officer.await(d -> officer.text("#trip-detail h2").equals(reference));
            assertThat(officer.text("#trip-detail"))
                    .contains("WEB-" + w.suffix, "Terpasang")
                    .doesNotContain("INSTALLED");
            Thread.sleep(500); // the route plan and track are drawn after the details
            officer.screenshot("trip-on-map");

            // The English switch, kept for the next page.
            officer.open("/console/alerts?lang=en");
            assertThat(officer.text("main h1")).isEqualTo("Alert desk");
            assertThat(officer.text("#alert-rows")).contains("No open alerts.");
            officer.open("/console/map");
            assertThat(officer.text("main h1")).isEqualTo("Live map");
            // The map shows a new alert without reloading: with "open alerts" chosen, the trip appears.
            officer.await(d -> "yes".equals(officer.find("body").getAttribute("data-loaded"))
                    && "on".equals(officer.find("body").getAttribute("data-live")));
            officer.find("#filter-alert option[value=any]").click();
            officer.await(d -> officer.text("#shown-count").equals("0"));
            seal.reportAt(-6.9464, 110.4246, ",\"events\":[\"FORCED_OPEN\"]").expect(200);
            officer.await(d -> officer.text("#shown-count").equals("1"));
        }

        // Another company's staff: their desk and map hold nothing of this trip.
        try (Browser stranger = new Browser(port, true)) {
            stranger.signIn(w.company2, Api.PASSWORD);
            stranger.await(d -> d.getCurrentUrl().endsWith("/console/map"));
            stranger.open("/console/alerts");
            assertThat(stranger.text("#alert-rows"))
                    .contains("Tidak ada peringatan terbuka.")
                    .doesNotContain(reference);
            stranger.open("/console/map");
            stranger.await(d -> "yes".equals(stranger.find("body").getAttribute("data-loaded")));
            assertThat(stranger.text("#trip-count")).isEqualTo("0");
        }
        // And the company's own staff see the alert, without the buttons to answer it.
        try (Browser company = new Browser(port, true)) {
            company.signIn(w.company, Api.PASSWORD);
            company.await(d -> d.getCurrentUrl().endsWith("/console/map"));
            company.open("/console/alerts");
            assertThat(company.text("#alert-rows")).contains(reference, "Segel terbuka");
            assertThat(company.driver.findElements(By.cssSelector("#alert-rows form.respond")))
                    .isEmpty();
        }
    }
}
