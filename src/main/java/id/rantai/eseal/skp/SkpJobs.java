package id.rantai.eseal.skp;

import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.shared.jobs.JobTable;
import id.rantai.shared.jobs.TableJobSource;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** SKP deliveries as background work: one job per trip event, about the event. */
@Component
class SkpJobs extends TableJobSource {
    static final JobTable TABLE =
            JobTable.retried("skp", "skp_delivery", "PENDING", "SENDING", "DELIVERED", "delivered_at", "event_id");

    SkpJobs(JdbcJobs jobs, Clock clock) {
        super(TABLE, jobs, clock);
    }
}
