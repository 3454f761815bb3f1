package id.rantai.monitoring.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka side of a cluster: its two topics, the producer every instance appends with, and the two
 * consumers — the readings one in the shared group (each seal's partition owned by one member) and
 * the broadcast one in a group of this instance's own (every instance hears everything). Connection,
 * security and client tuning come from Spring Boot's {@code spring.kafka.*}; what correctness needs
 * (acknowledged by every in-sync replica, idempotent, offsets committed only by Rantai, sticky
 * cooperative hand-over) is set here and cannot be configured away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class KafkaCluster {

    /** This instance's name: configured, or a fresh one per start (its broadcast group is its own). */
    @Bean
    ClusterInstance clusterInstance(ClusterProperties properties) {
        String id = properties.instanceId();
        return new ClusterInstance(
                id == null || id.isBlank() ? UUID.randomUUID().toString() : id);
    }

    @Bean
    NewTopic readingsTopic(ClusterProperties properties) {
        ClusterProperties.Readings t = properties.readings();
        return new NewTopic(t.name(), t.partitions(), t.replicas())
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG,
                                String.valueOf(t.retention().toMillis()),
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, t.replicas()))));
    }

    @Bean
    NewTopic broadcastTopic(ClusterProperties properties) {
        ClusterProperties.Broadcast t = properties.broadcast();
        return new NewTopic(t.name(), 1, t.replicas())
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(t.retention().toMillis())));
    }

    @Bean
    KafkaTemplate<String, byte[]> clusterKafka(KafkaProperties kafka) {
        Map<String, Object> p = new HashMap<>(kafka.buildProducerProperties());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // A device is answered once its reading is on every in-sync replica, written once.
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Readings from many connections travel together, as the journal's group commit does.
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        // A device waiting for its answer is better told to retry than kept for Kafka's two minutes.
        p.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(p));
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> readingsConsumer(
            KafkaProperties kafka, ClusterProperties properties, SealLog log) {
        Map<String, Object> p = consumer(kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, properties.group());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only the partitions that must move change owner when an instance joins or leaves.
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        ContainerProperties c = new ContainerProperties(properties.readings().name());
        // Offsets are committed after the listener returns, that is after the batch is stored.
        c.setAckMode(ContainerProperties.AckMode.BATCH);
        c.setConsumerRebalanceListener(log);
        c.setMessageListener(log);
        c.setIdleEventInterval(5_000L);
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(p), c);
        // A batch that cannot be stored (the database is away) is tried again until it can: nothing
        // in the log is ever skipped.
        container.setCommonErrorHandler(
                new DefaultErrorHandler(new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return container;
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> broadcastConsumer(
            KafkaProperties kafka, ClusterProperties properties, ClusterInstance instance, ClusterBroadcast broadcast) {
        Map<String, Object> p = consumer(kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "rantai-broadcast-" + instance.id());
        // What happened before this instance started is no longer live.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        ContainerProperties c = new ContainerProperties(properties.broadcast().name());
        c.setAckMode(ContainerProperties.AckMode.BATCH);
        c.setMessageListener(broadcast);
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(p), c);
        return container;
    }

    private static Map<String, Object> consumer(KafkaProperties kafka) {
        Map<String, Object> p = new HashMap<>(kafka.buildConsumerProperties());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    /** This instance's name among its peers. */
    record ClusterInstance(String id) {}
}
