package id.rantai.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow a commit but need not outlive a crash: refreshing what is held in memory
 * (a monitor's state, a cache) or showing a change on a live screen. Called from a plain
 * {@code @EventListener}, it does what a {@code @TransactionalEventListener} would without the
 * event publication registry's three writes per event and listener — which, for a departure seen
 * in telemetry, would be most of its cost. Work that must survive a crash uses a registered
 * transactional listener instead.
 */
public final class AfterCommit {
    private AfterCommit() {}

    /** Runs {@code work} once the current transaction has committed (not at all if it rolls back); at once outside one. */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
