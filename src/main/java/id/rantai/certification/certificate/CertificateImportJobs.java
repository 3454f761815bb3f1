package id.rantai.certification.certificate;

import id.rantai.shared.jobs.JdbcJobs;
import id.rantai.shared.jobs.JobTable;
import id.rantai.shared.jobs.TableJobSource;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Imports of old certificates as background work: one job per file, about who started it. */
@Component
class CertificateImportJobs extends TableJobSource {
    static final JobTable TABLE = JobTable.leased("certificate-import", "cert_import", "started_by_name");

    CertificateImportJobs(JdbcJobs jobs, Clock clock) {
        super(TABLE, jobs, clock);
    }
}
