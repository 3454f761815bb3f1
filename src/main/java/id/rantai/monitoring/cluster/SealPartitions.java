package id.rantai.monitoring.cluster;

import id.rantai.monitoring.rules.SealOwnership;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.utils.Utils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Which partition of the readings topic a seal's records go to, and which partitions this instance
 * owns now. The partition is Kafka's own for the seal's id as key (murmur2 of its text), computed
 * here once so that producing and owning can never disagree.
 */
@Component
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class SealPartitions implements SealOwnership {
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;
    private volatile int count;

    SealPartitions(KafkaTemplate<String, byte[]> clusterKafka, ClusterProperties properties) {
        this.kafka = clusterKafka;
        this.topic = properties.readings().name();
    }

    /** The topic's partition count as the brokers have it (created with {@code rantai.cluster.readings.partitions}). */
    int count() {
        int n = count;
        if (n == 0) {
            n = kafka.partitionsFor(topic).size();
            count = n;
        }
        return n;
    }

    int of(UUID sealId) {
        return partitionOf(sealId, count());
    }

    /** Kafka's own choice for a record keyed by the seal's id (its default partitioner's formula). */
    static int partitionOf(UUID sealId, int partitions) {
        return Utils.toPositive(Utils.murmur2(key(sealId))) % partitions;
    }

    static byte[] key(UUID sealId) {
        return sealId.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean owns(UUID sealId) {
        return !owned.isEmpty() && owned.contains(of(sealId));
    }

    void add(int partition) {
        owned.add(partition);
    }

    void remove(int partition) {
        owned.remove(partition);
    }

    Set<Integer> owned() {
        return Set.copyOf(owned);
    }
}
