package id.rantai.webhook.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.shared.InvalidInputException;
import id.rantai.webhook.WebhookProperties;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rantai calls only public https addresses unless told otherwise: no probe of its own network through a webhook. */
class WebhookAddressesTest {
    static WebhookProperties properties(boolean allowHttp, boolean allowPrivate) {
        Duration d = Duration.ofSeconds(10);
        return new WebhookProperties(allowHttp, allowPrivate, d, d, 12, d, d, d, 50, 0.2, 20);
    }

    final WebhookAddresses production = new WebhookAddresses(properties(false, false));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://10.20.30.40/hook",
                "https://172.16.0.9/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd12:3456::1]/hook",
                "https://[fe80::1]/hook"
            })
    void internalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> production.accepted(url))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(production.refusal(URI.create(url), true)).contains("internal address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://203.0.113.7/hook",
                "ftp://203.0.113.7/hook",
                "https://user:pw@203.0.113.7/hook",
                "https:///no-host",
                "https://203.0.113.7/hook#part",
                "not an address"
            })
    void onlyFullHttpsAddressesWithoutCredentialsAreAccepted(String url) {
        assertThatThrownBy(() -> production.accepted(url))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void aPublicHttpsAddressIsAcceptedAndCalled() {
        assertThat(production.accepted(" https://203.0.113.7:8443/rantai/events?source=rantai "))
                .isEqualTo(URI.create("https://203.0.113.7:8443/rantai/events?source=rantai"));
        assertThat(production.refusal(URI.create("https://203.0.113.7/hook"), true))
                .isNull();
    }

    @Test
    void aPrivateReceiverOverHttpIsAcceptedWhereTheOperatorAllowsIt() {
        WebhookAddresses lenient = new WebhookAddresses(properties(true, true));
        assertThat(lenient.accepted("http://10.0.0.5:8080/hook")).hasHost("10.0.0.5");
        assertThat(lenient.refusal(URI.create("http://127.0.0.1/hook"), true)).isNull();
    }
}
