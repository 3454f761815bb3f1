package id.rantai.monitoring.live;

import id.rantai.shared.AfterCommit;

/** Where monitoring hands what the live stream should show. Never blocks the caller. */
public interface LiveFeed {
    void publish(LiveEvent event);

    /**
     * Publishes once the surrounding transaction has committed (at once outside one): a viewer must
     * never see an alert that a rollback then takes back — the rule stage stores many readings'
     * alerts in one transaction.
     */
    default void publishOnCommit(LiveEvent event) {
        AfterCommit.run(() -> publish(event));
    }
}
