package id.rantai.monitoring.osmand;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param port    the OsmAnd HTTP port (Traccar's is 5055); 0 picks a free one, -1 turns the channel off
 * @param threads event-loop threads (0: one per core)
 */
@ConfigurationProperties("rantai.monitoring.osmand")
public record OsmAndProperties(
        @DefaultValue("5055") int port, @DefaultValue("0") int threads) {}
