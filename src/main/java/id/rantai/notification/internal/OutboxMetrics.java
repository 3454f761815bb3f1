package id.rantai.notification.internal;

import id.rantai.shared.jobs.JdbcJobs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The e-mail outbox for monitoring: messages waiting, and messages given up (which need a person). */
@Component
class OutboxMetrics implements MeterBinder {
    private final JdbcJobs jobs;

    OutboxMetrics(JdbcJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"PENDING", "FAILED"}) {
            Gauge.builder("rantai.outbox.messages", () -> jobs.count(MailJobs.TABLE, status))
                    .tag("status", status)
                    .description("E-mails in the outbox by status")
                    .register(registry);
        }
    }
}
