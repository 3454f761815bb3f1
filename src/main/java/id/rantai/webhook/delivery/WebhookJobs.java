package id.rantai.webhook.delivery;

import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.shared.jobs.JobTable;
import id.rantai.shared.jobs.TableJobSource;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Webhook deliveries as background work, on the administrator's job board beside SKP's and the outbox. */
@Component
class WebhookJobs extends TableJobSource {
    static final JobTable TABLE = JobTable.retried(
            "webhook", "webhook_delivery", "PENDING", "SENDING", "DELIVERED", "delivered_at", "event_id");

    WebhookJobs(JdbcJobs jobs, Clock clock) {
        super(TABLE, jobs, clock);
    }
}
