package id.rantai.monitoring.cluster;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances share the monitoring ({@code rantai.cluster.*}); Kafka itself is reached through
 * Spring Boot's own {@code spring.kafka.*} keys.
 *
 * @param mode       {@code single} (one instance, no Kafka) or {@code kafka}
 * @param instanceId this instance's name in logs, health and the broadcast group; a random one if unset
 * @param readings   the topic of readings and monitor instructions, keyed and partitioned by seal
 * @param broadcast  the topic of live events and seal commands every instance hears
 * @param group      the consumer group whose members share the seals
 * @param lagLimit   readings behind in the log above which this instance reports itself down
 */
@ConfigurationProperties("rantai.cluster")
public record ClusterProperties(
        @DefaultValue("single") Mode mode,
        @Nullable String instanceId,
        @DefaultValue Readings readings,
        @DefaultValue Broadcast broadcast,
        @DefaultValue("rantai-rules") String group,
        @DefaultValue("1000000") long lagLimit) {

    public enum Mode {
        SINGLE,
        KAFKA
    }

    /**
     * @param name       the topic's name
     * @param partitions created with this many; it bounds how many instances share the seals. Do not change it on
     *                   a running cluster: a seal's partition follows from it
     * @param replicas   copies on as many brokers (3 in production)
     * @param retention  how long Kafka keeps readings: at least the longest outage of the database to be ridden out
     */
    public record Readings(
            @DefaultValue("rantai.readings") String name,
            @DefaultValue("24") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("P7D") Duration retention) {}

    /**
     * @param name      the topic's name (one partition: every instance reads all of it, in order)
     * @param replicas  copies on as many brokers
     * @param retention how long live events are kept: they are worth nothing after a few minutes
     * @param positionsEvery how often the seals' newest positions are sent on, together
     */
    public record Broadcast(
            @DefaultValue("rantai.broadcast") String name,
            @DefaultValue("1") short replicas,
            @DefaultValue("PT1H") Duration retention,
            @DefaultValue("PT0.25S") Duration positionsEvery) {}
}
