package id.rantai;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations scrape: Rantai's own figures at /actuator/prometheus, for administrators only. */
@ApiTest
class MetricsTest {
    @LocalServerPort
    int port;

    @Autowired
    id.rantai.support.MutableClock clock;

    @Autowired
    id.rantai.monitoring.rules.RuleEngine rules;

    @Test
    void prometheusShowsIngestQueuesAndAlertsToAdministratorsOnly() {
        Api api = new Api(port);
        World w = new World(api);
        var trip = w.installedTrip("MET-" + w.suffix, clock.instant());
        new SimulatedSeal(api, clock, trip.serial(), trip.secret())
                .settleWith(id.rantai.support.RulesSettled.by(rules))
                .reportAt(-6.9460, 110.4250, ",\"events\":[\"TAMPER\"]")
                .expect(200);

        String scrape = api.get("admin", "/actuator/prometheus").expect(200).text();
        assertThat(scrape)
                .contains(
                        "rantai_readings_stored_total",
                        "rantai_journal_queued",
                        "rantai_journal_commit_seconds",
                        "rantai_outbox_messages{status=\"PENDING\"}",
                        "rantai_skp_deliveries{status=\"FAILED\"}",
                        "rantai_skp_oldest_undelivered_seconds",
                        "rantai_alerts_open{severity=\"CRITICAL\"}",
                        "jvm_memory_used_bytes");
        assertThat(scrape).containsPattern("rantai_readings_stored_total [1-9]");
        assertThat(scrape).containsPattern("rantai_alerts_open\\{severity=\"CRITICAL\"} [1-9]");
        api.get(w.company, "/actuator/prometheus").expectProblem(403);
        api.anonymous("/actuator/prometheus").expectProblem(401);
        api.anonymous("/actuator/health").expect(200);
    }
}
