package id.rantai.shared.jobs;

import java.time.Clock;
import java.util.List;

/** A queue whose jobs are the rows of one table: reported and retried through {@link JdbcJobs}. */
public class TableJobSource implements JobSource {
    private final JobTable table;
    private final JdbcJobs jobs;
    private final Clock clock;

    public TableJobSource(JobTable table, JdbcJobs jobs, Clock clock) {
        this.table = table;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return table.kind();
    }

    @Override
    public JobCounts counts() {
        return jobs.counts(table, clock.instant());
    }

    @Override
    public List<Job> needingAttention(int limit) {
        return jobs.needingAttention(table, clock.instant(), limit);
    }

    @Override
    public boolean retry(String id) {
        return jobs.retry(table, id, clock.instant());
    }
}
