package id.rantai.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training centre's public pages on a phone in a real Chromium: a complaint refused field by
 * field with the message beside the field and what was typed kept, then filed, landing on its own
 * page in Indonesian and, switched, in English; the verification form asks for the holder's name.
 */
@ApiTest
class PublicPagesInBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void aComplaintIsFiledOnAPhoneWithEachRefusalBesideItsField() throws Exception {
        World w = new World(new Api(port));
        new World(new Api(port)); // a second training centre: the form asks which one the complaint is for
        try (Browser phone = new Browser(port, true)) {
            phone.open("/sertifikasi/pengaduan");
            assertThat(phone.text("main h1")).isEqualTo("Pengaduan layanan sertifikasi");
            assertThat(phone.text("header .centre")).isEqualTo("Pusdiklat Bea dan Cukai");
            assertThat(phone.driver.findElements(By.tagName("script")))
                    .as("no script at all")
                    .isEmpty();

            phone.find("#complaint-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.cssSelector("#complaint-form .field-error"))
                    .isEmpty());
            assertThat(phone.text("#complaint-form .field-error")).isEqualTo("Pilih layanan yang diadukan.");

            new Select(phone.find("#service")).selectByIndex(1);
            // Where several training centres run on Rantai, the complaint names its own.
            new Select(phone.find("#trainingCentreId")).selectByValue(w.trainingCentreId);
            phone.find("#applicantName").sendKeys("Gita Pratiwi");
            phone.find("#applicantEmail").sendKeys("bukan-surel");
            phone.find("#description").sendKeys("Sertifikat belum dapat diambil di loket.");
            phone.find("#complaint-form button[type=submit]").click();
            phone.await(d -> phone.text("#complaint-form .field-error").equals("Isikan alamat surel yang benar."));
            assertThat(phone.find("#applicantName").getAttribute("value")).isEqualTo("Gita Pratiwi");
            assertThat(phone.find("#description").getAttribute("value"))
                    .isEqualTo("Sertifikat belum dapat diambil di loket.");

            phone.find("#applicantEmail").clear();
            phone.find("#applicantEmail").sendKeys("gita@example.co.id");
            phone.find("#complaint-form button[type=submit]").click();
            phone.await(d -> !d.findElements(By.id("complaint-filed")).isEmpty());
            assertThat(phone.driver.getCurrentUrl()).contains("/sertifikasi/pengaduan/");
            assertThat(phone.text("#complaint-state")).isEqualTo("Diterima, menunggu jawaban");

            phone.find("header .lang a[hreflang=en]").click();
            phone.await(d -> phone.text("main h1").equals("Your complaint"));
            assertThat(phone.text("#complaint-state")).isEqualTo("Received, waiting for the answer");

            // The training centre answers at its desk: refused empty beside the row, then sent.
            String page = phone.driver.getCurrentUrl();
            try (Browser staff = new Browser(port, false)) {
                staff.signIn(w.trainer, Api.PASSWORD);
                staff.open("/console/certification/complaints");
                String row = "#complaints tr[id^=complaint-]:last-child";
                assertThat(staff.text(row)).contains("Gita Pratiwi", "sisa");
                staff.find(row + " button").click();
                staff.await(d -> !d.findElements(By.cssSelector("#complaints .field-error"))
                        .isEmpty());
                assertThat(staff.text("#complaints .field-error")).contains("answer");
                staff.find("#complaints textarea[aria-invalid=true]")
                        .sendKeys("Sertifikat dapat diambil di loket 3 mulai besok pukul 08.00.");
                staff.find("#complaints textarea[aria-invalid=true]")
                        .findElement(By.xpath("./following-sibling::button"))
                        .click();
                staff.await(d -> staff.driver.getCurrentUrl().contains("answered"));
            }
            phone.driver.get(page);
            assertThat(phone.text("#complaint-answer")).startsWith("Sertifikat dapat diambil di loket 3");

            phone.open("/verify?lang=id");
            phone.find("#number").sendKeys("SAK.2026.00001");
            phone.find("#verify-form button[type=submit]").click();
            phone.await(d ->
                    !d.findElements(By.cssSelector("#verify-form .field-error")).isEmpty());
            assertThat(phone.text("#verify-form .field-error")).startsWith("Nama pemegang wajib diisi");
        }
    }
}
