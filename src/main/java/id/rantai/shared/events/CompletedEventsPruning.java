package id.rantai.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith marks an event publication completed once its after-commit listener has run, and
 * keeps the row; without this the table grows by one row per registered event for ever. Completed
 * rows are kept a while ({@code rantai.events.keep-completed}, a week) for looking into what ran,
 * then deleted every night. Incomplete ones are never touched: they are republished at the next
 * start. Deleting is idempotent, so every instance may run it.
 */
@Component
public class CompletedEventsPruning {
    private static final Logger log = LoggerFactory.getLogger(CompletedEventsPruning.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventsPruning(
            CompletedEventPublications completed, @Value("${rantai.events.keep-completed:P7D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${rantai.events.prune-cron:0 45 2 * * *}")
    void nightly() {
        prune(keep);
    }

    /** Deletes the publications completed more than {@code olderThan} ago. */
    public void prune(Duration olderThan) {
        completed.deletePublicationsOlderThan(olderThan);
        log.debug("Deleted event publications completed more than {} ago", olderThan);
    }
}
