package id.rantai.eseal.skp;

import id.rantai.shared.jdbc.SqlTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SKP queue for monitoring: deliveries waiting or FAILED, and the age of the oldest one not yet
 * delivered — the figure to alert on, since photos are due at SKP within the SOP's minutes.
 */
@Component
class SkpMetrics implements MeterBinder {
    private final JdbcClient jdbc;
    private final Clock clock;

    SkpMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"PENDING", "FAILED"}) {
            Gauge.builder(
                            "rantai.skp.deliveries",
                            () -> jdbc.sql("SELECT COUNT(*) FROM skp_delivery WHERE status = ?")
                                    .param(status)
                                    .query(Long.class)
                                    .single())
                    .tag("status", status)
                    .description("Deliveries to SKP by status")
                    .register(registry);
        }
        Gauge.builder("rantai.skp.oldest.undelivered", this::oldestUndeliveredSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest delivery SKP has not yet accepted")
                .register(registry);
    }

    private double oldestUndeliveredSeconds() {
        Instant oldest = jdbc
                .sql("SELECT MIN(created_at) AS oldest FROM skp_delivery WHERE status <> 'DELIVERED'")
                .query((rs, n) -> SqlTime.instant(rs, "oldest"))
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds();
    }
}
