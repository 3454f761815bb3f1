package id.rantai.training.employee;

import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.shared.jobs.JobTable;
import id.rantai.shared.jobs.TableJobSource;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Employee imports as background work: one job per file, about its kind of rows. */
@Component
class EmployeeImportJobs extends TableJobSource {
    static final JobTable TABLE = JobTable.leased("employee-import", "training_import", "kind");

    EmployeeImportJobs(JdbcJobs jobs, Clock clock) {
        super(TABLE, jobs, clock);
    }
}
