package id.rantai.eseal.skp;

import id.rantai.shared.jobs.JdbcJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The SKP queue for monitoring: deliveries waiting or FAILED, and the age of the oldest one not yet
 * delivered — the figure to alert on, since photos are due at SKP within the SOP's minutes.
 */
@Component
class SkpMetrics implements MeterBinder {
    private final JdbcSkpDeliveries deliveries;
    private final JdbcJobs jobs;
    private final Clock clock;

    SkpMetrics(JdbcSkpDeliveries deliveries, JdbcJobs jobs, Clock clock) {
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"PENDING", "FAILED"}) {
            Gauge.builder("rantai.skp.deliveries", () -> jobs.count(SkpJobs.TABLE, status))
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
        return deliveries
                .oldestUndelivered()
                .map(oldest -> Duration.between(oldest, clock.instant()).toSeconds())
                .orElse(0L);
    }
}
