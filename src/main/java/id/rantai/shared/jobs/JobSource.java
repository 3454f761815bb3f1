package id.rantai.shared.jobs;

import java.util.List;

/**
 * One kind of background work as the administrator's job list shows it. Each queue keeps its jobs
 * in its own table, beside the record they are about (the e-mail, the SKP event, the import and its
 * refused rows), and answers here in the same terms as the others.
 */
public interface JobSource {
    /** Stable code of the kind, e.g. {@code mail}; labelled {@code jobs.kind.<code>} in the console. */
    String kind();

    /** How many jobs stand in each state now; done ones counted over the last day. */
    JobCounts counts();

    /**
     * The jobs a person may need to look at, newest first: failed ones, running ones whose instance
     * stopped renewing its lease, and waiting ones that have failed at least once.
     */
    List<Job> needingAttention(int limit);

    /** Puts a failed job back in its queue with a fresh count; false if it is not failed or cannot be retried. */
    boolean retry(String id);
}
