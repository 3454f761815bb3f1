package id.rantai.notification.internal;

import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.shared.jobs.JobTable;
import id.rantai.shared.jobs.TableJobSource;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The e-mail outbox as background work: one job per message, about its recipient. */
@Component
class MailJobs extends TableJobSource {
    static final JobTable TABLE =
            JobTable.retried("mail", "notification", "PENDING", "SENDING", "SENT", "sent_at", "recipient");

    MailJobs(JdbcJobs jobs, Clock clock) {
        super(TABLE, jobs, clock);
    }
}
