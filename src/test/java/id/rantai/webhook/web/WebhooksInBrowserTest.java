package id.rantai.webhook.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.RecordingReceiver;
import id.rantai.support.World;
import id.rantai.webhook.delivery.WebhookDispatcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A company's admin keeps the company's webhooks in a real Chromium: a missing address is named
 * beside its field, a registered endpoint shows its signing secret once, a test event is delivered
 * and its attempt shown, and the endpoint is switched off.
 */
@ApiTest
class WebhooksInBrowserTest {
    static final RecordingReceiver RECEIVER = RecordingReceiver.start();

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry r) {
        r.add("rantai.webhooks.allow-http", () -> "true");
        r.add("rantai.webhooks.allow-private-networks", () -> "true");
        r.add("rantai.webhooks.dispatch-interval", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void anOrganisationsAdminRegistersTestsAndSwitchesOffAWebhook() throws Exception {
        World w = new World(new Api(port));
        String path = "/hooks/" + w.suffix;
        try (Browser admin = new Browser(port, false)) {
            admin.signIn(w.companyAdmin, Api.PASSWORD);
            admin.open("/console/webhooks");
            assertThat(admin.text("main h1")).isEqualTo("Webhook");
            assertThat(admin.text("#no-webhooks")).isEqualTo("Belum ada webhook.");
            assertThat(admin.driver.findElements(By.cssSelector("#new-webhook input[name=eventKinds]")))
                    .as("only the kinds a company may see")
                    .hasSize(5);

            admin.find("#kind-TRIP_STATE_CHANGED").click();
            admin.find("#new-webhook button[type=submit]").click();
            admin.await(d ->
                    !d.findElements(By.cssSelector("#new-webhook .field-error")).isEmpty());
            assertThat(admin.find("#url").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.find("#kind-TRIP_STATE_CHANGED").isSelected())
                    .as("kept as chosen")
                    .isTrue();

            admin.find("#url").sendKeys(RECEIVER.url(path));
            admin.find("#description").sendKeys("TMS gudang");
            admin.find("#new-webhook button[type=submit]").click();
            admin.await(d -> !d.findElements(By.id("webhook-secret")).isEmpty());
            assertThat(admin.text("#webhook-secret")).startsWith("whsec_");
            assertThat(admin.text("section.webhook"))
                    .contains(RECEIVER.url(path), "Aktif", "Status perjalanan berubah");

            admin.find("section.webhook button.ping").click();
            admin.await(d -> !d.findElements(By.id("webhook-done")).isEmpty());
            dispatcher.dispatch();
            admin.open("/console/webhooks");
            assertThat(admin.text("section.webhook table.deliveries")).contains("Peristiwa uji", "Terkirim", "200");
            assertThat(RECEIVER.received().stream().filter(r -> r.path().equals(path)))
                    .singleElement()
                    .satisfies(r -> assertThat(r.header("X-Rantai-Event")).isEqualTo("PING"));

            admin.find("section.webhook button.switch").click();
            admin.await(d -> admin.text("#webhook-done").contains("dinonaktifkan"));
            assertThat(admin.text("section.webhook .state")).isEqualTo("Nonaktif");
        }
    }
}
