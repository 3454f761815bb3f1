package id.rantai.monitoring.cluster;

import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.IngestUnavailableException;
import id.rantai.monitoring.ingest.ReadingJournal;
import id.rantai.monitoring.ingest.ReadingLog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * In a cluster, the channels' readings go to the log, each on its seal's partition, and the device
 * is answered once every in-sync replica has them. The instance that owns the seal then stores and
 * evaluates them ({@link SealLog}); a repeat is recognised there, so every reading is answered as
 * kept.
 */
@Component
@Primary
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class KafkaReadingLog implements ReadingLog {
    private static final Logger log = LoggerFactory.getLogger(KafkaReadingLog.class);
    private static final byte[] READING = ClusterMessages.READING.getBytes(StandardCharsets.UTF_8);

    private final KafkaTemplate<String, byte[]> kafka;
    private final SealPartitions partitions;
    private final String topic;

    KafkaReadingLog(
            KafkaTemplate<String, byte[]> clusterKafka, SealPartitions partitions, ClusterProperties properties) {
        this.kafka = clusterKafka;
        this.partitions = partitions;
        this.topic = properties.readings().name();
    }

    @Override
    public CompletableFuture<ReadingJournal.Result[]> append(List<Reading> readings) {
        CompletableFuture<?>[] sent = new CompletableFuture<?>[readings.size()];
        try {
            for (int i = 0; i < sent.length; i++) {
                Reading r = readings.get(i);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                        topic, partitions.of(r.sealId()), r.sealId().toString(), ReadingCodec.encode(r));
                record.headers().add(ClusterMessages.KIND, READING);
                sent[i] = kafka.send(record);
            }
        } catch (RuntimeException e) {
            // The producer could not even take them (no broker for max.block.ms): the device retries.
            log.warn("Readings could not be handed to Kafka", e);
            return CompletableFuture.failedFuture(
                    new IngestUnavailableException("The readings could not be stored; retry"));
        }
        return CompletableFuture.allOf(sent).handle((done, error) -> {
            if (error != null) {
                log.warn("Kafka did not acknowledge {} readings", readings.size(), error);
                throw new IngestUnavailableException("The readings could not be stored; retry");
            }
            ReadingJournal.Result[] results = new ReadingJournal.Result[readings.size()];
            Arrays.fill(results, ReadingJournal.Result.STORED);
            return results;
        });
    }
}
