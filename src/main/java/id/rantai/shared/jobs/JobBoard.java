package id.rantai.shared.jobs;

import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every kind of background work, for the platform administrator's view of pending, running and failed jobs. */
@Component
public class JobBoard {
    /** One kind's counts and the jobs that may need a person. */
    public record Queue(String kind, JobCounts counts, List<Job> needingAttention) {}

    private final List<JobSource> sources;

    JobBoard(List<JobSource> sources) {
        this.sources =
                sources.stream().sorted(Comparator.comparing(JobSource::kind)).toList();
    }

    public List<Queue> queues(int perKind) {
        return sources.stream()
                .map(s -> new Queue(s.kind(), s.counts(), s.needingAttention(perKind)))
                .toList();
    }

    public Optional<JobSource> source(String kind) {
        return sources.stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    /** Puts a failed job back in its queue: 404 for an unknown kind, 409 when the job is not a failed one. */
    public void retry(String kind, String id) {
        JobSource source = source(kind).orElseThrow(() -> new NotFoundException("Job kind", kind));
        if (!source.retry(id)) {
            throw StateConflictException.worded("NOT_FAILED", "jobNotFailed", id);
        }
    }
}
