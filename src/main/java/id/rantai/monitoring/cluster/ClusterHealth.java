package id.rantai.monitoring.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/cluster}: the instance's name, the partitions (and so the seals) it
 * evaluates, and how far behind the log it is. Down when the readings consumer has not polled for a
 * minute (Kafka unreachable, or the consumer stuck) or lags more than {@code rantai.cluster.lag-limit}
 * readings: the seals it owns are then judged late or not at all.
 */
@Component("cluster")
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class ClusterHealth implements HealthIndicator {
    private static final Duration SILENT = Duration.ofMinutes(1);

    private final SealLog log;
    private final ClusterProperties properties;
    private final KafkaCluster.ClusterInstance instance;
    private final Clock clock;
    private final Instant started;

    ClusterHealth(SealLog log, ClusterProperties properties, KafkaCluster.ClusterInstance instance, Clock clock) {
        this.log = log;
        this.properties = properties;
        this.instance = instance;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Instant polled = log.lastPoll();
        Instant since = polled == null ? started : polled;
        long lag = log.lag();
        Health.Builder h = now.isAfter(since.plus(SILENT)) || lag > properties.lagLimit() ? Health.down() : Health.up();
        return h.withDetail("instance", instance.id())
                .withDetail("partitions", log.owned().stream().sorted().toList())
                .withDetail("lag", lag)
                .withDetail("lastPoll", polled == null ? "never" : polled.toString())
                .build();
    }
}
