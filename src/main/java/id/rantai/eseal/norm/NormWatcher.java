package id.rantai.eseal.norm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds deadlines that passed with nothing done. Without it a breach would only be noticed when
 * the late step finally happened — or never, if it never does.
 */
@Component
public class NormWatcher {
    private static final Logger log = LoggerFactory.getLogger(NormWatcher.class);
    private static final int BATCH = 500;

    private final JdbcNormDeadlines deadlines;
    private final NormTracker tracker;
    private final Clock clock;

    NormWatcher(JdbcNormDeadlines deadlines, NormTracker tracker, Clock clock) {
        this.deadlines = deadlines;
        this.tracker = tracker;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rantai.norms.check-interval:PT15S}")
    public void sweep() {
        Instant now = clock.instant();
        List<NormDeadline> overdue;
        do {
            overdue = deadlines.overdue(now, BATCH);
            for (NormDeadline d : overdue) {
                try {
                    tracker.breach(d, now);
                } catch (RuntimeException e) {
                    log.error("Could not mark norm deadline {} breached; will retry", d.id(), e);
                    return;
                }
            }
        } while (overdue.size() == BATCH);
    }
}
