package id.rantai.monitoring.live;

/** Where monitoring hands what the live stream should show. Never blocks the caller. */
public interface LiveFeed {
    void publish(LiveEvent event);
}
