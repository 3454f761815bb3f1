package id.rantai.eseal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.Fixtures;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.RulesSettled;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole E-Seal process in a real Chromium, each party in their own browser: the company files
 * a request (the container number checked as it is typed, a missing field named beside it) and
 * uploads its route as GPX; the officer approves it from the approval queue; the provider assigns
 * a seal; the installer, on a phone, records the conveyance inspection, photographs the seal and
 * installs it; the seal's readings take the trip out of the port and into the warehouse; the
 * installer removes the seal with its removal photos; the officer closes the trip. Then the same
 * page in English, and another company, which sees none of it.
 */
@ApiTest
class TripProcessInBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RuleEngine rules;

    static final double[][] ROUTE = {
        {110.4250, -6.9460}, {110.4100, -6.9520}, {110.3900, -6.9600}, {110.3750, -6.9650}, {110.3600, -6.9700}
    };

    @Test
    void aTripGoesFromRequestToClosingInTheConsole() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        Response registered = api.post(
                        w.provider, "/api/v1/seals", "{\"serialNumber\":\"BRW-" + w.suffix + "\",\"model\":\"JT701\"}")
                .expect(201);
        String serial = "BRW-" + w.suffix;
        Path gpx = Files.createTempFile("route", ".gpx");
        Files.writeString(gpx, gpx(ROUTE));
        Path photo = Files.createTempFile("segel", ".jpg");
        Files.write(photo, Fixtures.jpeg());
        String tripId;

        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.open("/console/trips");
            assertThat(company.text("main h1")).isEqualTo("Perjalanan");
            company.find("#new-request").click();
            company.await(d -> d.getCurrentUrl().endsWith("/console/trips/new"));
            // A typo in the check digit is caught as it is typed, before anything is sent.
            company.find("#containerNumber").sendKeys("CSQU3054384");
            company.await(d -> company.find("#containerNumber-error").isDisplayed());
            assertThat(company.text("#containerNumber-error")).contains("digit pemeriksa seharusnya");
            WebElement container = company.find("#containerNumber");
            container.clear();
            container.sendKeys(Fixtures.CONTAINER);
            company.await(d -> !company.find("#containerNumber-error").isDisplayed());
            company.find("#legalBasis\\.documentType option[value=BC_1_2]").click();
            company.driver.executeScript("arguments[0].value = '2026-11-23'", company.find("#legalBasis\\.date"));
            company.find("#legalBasis\\.issuingOffice").sendKeys("KPPBC TMP Tanjung Emas");
            company.find("#providerId option[value='" + w.providerId + "']").click();
            // The document number is missing: the form comes back with the reason beside that field.
            company.find("#trip-request button[type=submit]").click();
            company.await(d -> company.find("#legalBasis-number-error").isDisplayed());
            assertThat(company.find("#legalBasis\\.number").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(company.find("#containerNumber").getAttribute("value")).isEqualTo(Fixtures.CONTAINER);
            company.find("#legalBasis\\.number").sendKeys("000123/KPPBC.TE/2026");
            company.find("#trip-request button[type=submit]").click();
            company.await(d -> d.getCurrentUrl().matches(".*/console/trips/[0-9a-f-]{36}$"));
            tripId = company.driver.getCurrentUrl().replaceAll(".*/", "");
            assertState(company, "REQUESTED", "Diajukan");

            // The route plan from a GPX file; a missing origin name is named first.
            company.find("#routeFile").sendKeys(gpx.toString());
            company.find("#destinationName").sendKeys("Kawasan Berikat Wijayakusuma");
            company.driver.executeScript("arguments[0].value = '2026-11-24T10:00'", company.find("#plannedDeparture"));
            company.find("#submit-route").click();
            company.await(d ->
                    !d.findElements(By.cssSelector("#form-route .field-error")).isEmpty());
            assertThat(company.text("#form-route .field-error")).contains("wajib diisi");
            company.find("#routeFile").sendKeys(gpx.toString());
            company.find("#originName").sendKeys("Pelabuhan Tanjung Emas");
            company.find("#destinationName").sendKeys("Kawasan Berikat Wijayakusuma");
            company.driver.executeScript("arguments[0].value = '2026-11-24T10:00'", company.find("#plannedDeparture"));
            company.find("#submit-route").click();
            company.await(d -> company.text("#step-done").equals("Rencana rute disimpan."));
            assertThat(company.text("section.route"))
                    .contains("Pelabuhan Tanjung Emas", "Kawasan Berikat Wijayakusuma", "WIB");
        }

        try (Browser officer = new Browser(port, false)) {
            officer.signIn(w.officer, Api.PASSWORD);
            officer.open("/console/trips?state=REQUESTED");
            assertThat(officer.text("main h1")).isEqualTo("Permintaan menunggu persetujuan");
            officer.find("tr[data-trip='" + tripId + "'] a").click();
            officer.await(d -> d.getCurrentUrl().endsWith(tripId));
            officer.find("#approve-note").sendKeys("Dokumen BC 1.2 sesuai");
            officer.find("#approve").click();
            assertState(officer, "APPROVED", "Disetujui");
        }

        String secret = registered.json("$.deviceSecret");
        SimulatedSeal seal = new SimulatedSeal(api, clock, serial, secret).settleWith(RulesSettled.by(rules));
        try (Browser provider = new Browser(port, false)) {
            provider.signIn(w.provider, Api.PASSWORD);
            provider.open("/console/trips/" + tripId);
            provider.find("#sealId option[value='" + registered.json("$.seal.id") + "']")
                    .click();
            provider.find("#assign").click();
            assertState(provider, "SEAL_ASSIGNED", "Segel ditetapkan");
            provider.find("#ready").click();
            assertState(provider, "READY_FOR_INSTALLATION", "Siap dipasang");
        }

        try (Browser installer = new Browser(port, true)) {
            installer.signIn(w.provider, Api.PASSWORD);
            installer.open("/console/trips/" + tripId);
            // The seven-point inspection, every point sound, then the installation photo from the phone's camera.
            for (String point :
                    List.of("frontWall", "leftSide", "rightSide", "floor", "ceilingRoof", "doors", "undercarriage")) {
                installer.find("#sound-" + point).click();
            }
            installer.find("#inspector").sendKeys("Budi, petugas lapangan");
            installer.find("#inspect").click();
            installer.await(d -> installer.text("#step-done").equals("Pemeriksaan alat angkut disimpan."));
            installer.find("#photo-file").sendKeys(photo.toString());
            installer.find("#upload-photos").click();
            installer.await(d -> installer.text("#step-done").equals("Foto diunggah."));
            assertThat(installer.driver.findElements(By.cssSelector("#gallery img")))
                    .hasSize(1);
            installer.find("#install").click();
            assertState(installer, "INSTALLED", "Terpasang");
            installer.screenshot("trip-phone");
        }

        // The seal reports along the route: out of the port, into the warehouse.
        for (double[] p : SimulatedSeal.along(ROUTE, 150)) {
            seal.reportAt(p[0], p[1], "").expect(200);
        }
        double[] end = ROUTE[ROUTE.length - 1];
        for (int i = 0; i < 3; i++) {
            seal.reportAt(end[1], end[0], "").expect(200);
        }
        assertThat((String) api.get(w.officer, "/api/v1/trips/" + tripId).json("$.state"))
                .isEqualTo("ARRIVED");

        try (Browser officer = new Browser(port, false);
                Browser installer = new Browser(port, true)) {
            officer.signIn(w.officer, Api.PASSWORD);
            officer.open("/console/trips/" + tripId);
            officer.await(d -> officer.text("#trip-live").contains("Pemantauan"));
            officer.await(d -> "on".equals(officer.find("body").getAttribute("data-live")));
            // The cable is cut at the warehouse gate: the trip page shows it without reloading.
            seal.reportAt(end[1], end[0], ",\"events\":[\"TAMPER\"]").expect(200);
            officer.await(d -> !d.findElements(By.cssSelector("#trip-alerts")).isEmpty()
                    && officer.text("#trip-alerts").contains("Segel dirusak (kabel terpotong)"));

            installer.signIn(w.provider, Api.PASSWORD);
            installer.open("/console/trips/" + tripId);
            assertThat(installer.find("#photo-step option[value=REMOVAL]").isSelected())
                    .isTrue();
            installer.find("#photo-file").sendKeys(photo.toString());
            installer.find("#upload-photos").click();
            installer.await(d -> installer.text("#step-done").equals("Foto diunggah."));
            installer.find("#remove").click();
            assertState(installer, "REMOVED", "Dilepas");

            // The open critical alert stops the closing until a customs officer resolves it with a note.
            officer.open("/console/trips/" + tripId);
            officer.find("#close").click();
            officer.await(d -> !d.findElements(By.cssSelector("#step-refused")).isEmpty());
            assertThat(officer.text("#step-refused")).contains("SEAL_TAMPERED");
            officer.open("/console/alerts");
            officer.find("#alert-rows input[name=note]").sendKeys("Kabel diperiksa di gerbang, isi utuh");
            officer.find("#alert-rows button[value=resolve]").click();
            officer.await(d -> officer.text("#alert-rows").contains("Selesai"));

            officer.open("/console/trips/" + tripId);
            officer.await(d -> "plan".equals(officer.find("#trip-map").getAttribute("data-loaded"))
                    && officer.find("#trip-map").getAttribute("data-track") != null);
            assertThat(officer.text("#timeline"))
                    .contains("Diajukan", "Disetujui", "Terpasang", "Dalam perjalanan", "Tiba", "Dilepas", "WIB");
            assertThat(officer.text("#norms")).contains("Pemasangan (5 menit)", "Terpenuhi");
            officer.screenshot("trip-page");
            officer.find("#close-note").sendKeys("Segel dilepas utuh, dokumentasi lengkap");
            officer.find("#close").click();
            assertState(officer, "CLOSED", "Ditutup");

            officer.open("/console/trips/" + tripId + "?lang=en");
            assertThat(officer.text("#trip-state")).isEqualTo("Closed");
            assertThat(officer.text("#timeline")).contains("Requested", "Approved", "In transit", "Arrived", "Closed");
            officer.open("/console/trips?lang=id");
        }

        try (Browser other = new Browser(port, false)) {
            other.signIn(w.company2, Api.PASSWORD);
            other.open("/console/trips");
            assertThat(other.text("main"))
                    .doesNotContain(tripId.substring(0, 8))
                    .contains("Tidak ada perjalanan.");
            other.open("/console/trips/" + tripId);
            assertThat(other.text("main h1")).isEqualTo("Tidak ditemukan");
        }
        try (Browser otherOffice = new Browser(port, false)) {
            otherOffice.signIn(w.officer2, Api.PASSWORD);
            otherOffice.open("/console/trips/" + tripId);
            assertThat(otherOffice.text("main h1")).isEqualTo("Tidak ditemukan");
            // An officer files no requests: the form is refused, in words.
            otherOffice.open("/console/trips/new");
            assertThat(otherOffice.text("main h1")).isEqualTo("Tidak diizinkan");
        }
    }

    @Test
    void aRoutePlanIsDrawnOnTheMap() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        String tripId = api.post(w.company, "/api/v1/trips", Fixtures.tripRequest(w))
                .expect(201)
                .id();
        try (Browser company = new Browser(port, false)) {
            company.signIn(w.company, Api.PASSWORD);
            company.open("/console/trips/" + tripId);
            WebElement map = company.find("#route-draw");
            company.await(d -> map.getSize().getWidth() > 300);
            company.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
            // Three clicks from east to west, about ten kilometres apart at this zoom.
            for (int dx : new int[] {120, 0, -120}) {
                new org.openqa.selenium.interactions.Actions(company.driver)
                        .moveToElement(map, dx, 20)
                        .click()
                        .perform();
            }
            company.await(d -> "3".equals(map.getAttribute("data-points")));
            company.find("#originName").sendKeys("Pelabuhan Tanjung Emas");
            company.find("#destinationName").sendKeys("Kawasan Berikat Wijayakusuma");
            company.driver.executeScript(
                    "arguments[0].value = '2026-11-24T10:00'; arguments[0].dispatchEvent(new Event('input'))",
                    company.find("#plannedDeparture"));
            assertThat(company.text("#draw-summary")).startsWith("jarak tempuh").contains("estimasi waktu tiba", "WIB");
            company.find("#draw-undo").click();
            company.await(d -> "2".equals(map.getAttribute("data-points")));
            company.find("#submit-route").click();
            company.await(d -> company.text("#step-done").equals("Rencana rute disimpan."));
        }
        List<?> coordinates = api.get(w.company, "/api/v1/trips/" + tripId + "/route-plan")
                .json("$.features[?(@.properties.role == 'route')].geometry.coordinates[*]");
        assertThat(coordinates).hasSize(2);
    }

    private static void assertState(Browser b, String state, String label) {
        b.await(d -> state.equals(b.find("#trip-state").getAttribute("data-state")));
        assertThat(b.text("#trip-state")).isEqualTo(label);
    }

    private static String gpx(double[][] lonLat) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>Tanjung Emas - Wijayakusuma</name><trkseg>");
        for (double[] p : lonLat) {
            s.append(String.format(Locale.ROOT, "<trkpt lat=\"%.6f\" lon=\"%.6f\"/>", p[1], p[0]));
        }
        return s.append("</trkseg></trk></gpx>").toString();
    }
}
