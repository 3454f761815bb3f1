package id.rantai.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.Browser;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's language: Indonesian for an Indonesian browser, English by the switch, and the
 * switch kept with the account, so the same user on another browser reads English at once.
 */
@ApiTest
class LanguageInBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void theLanguageSwitchIsKeptWithTheAccountAndFollowsTheUserToAnotherBrowser() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        try (Browser first = new Browser(port, false)) {
            first.signIn(w.company, Api.PASSWORD);
            first.open("/console/trips");
            assertThat(first.find("html").getAttribute("lang")).isEqualTo("id");
            first.open("/console/trips?lang=en");
            assertThat(first.find("html").getAttribute("lang")).isEqualTo("en");
        }
        assertThat((String) api.get(w.company, "/api/v1/me").json("$.language")).isEqualTo("en");
        try (Browser second = new Browser(port, false)) {
            second.signIn(w.company, Api.PASSWORD);
            second.open("/console/trips");
            assertThat(second.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(second.text("header")).contains("Sign out");
        }
    }
}
