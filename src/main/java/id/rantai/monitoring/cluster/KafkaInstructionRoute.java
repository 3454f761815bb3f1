package id.rantai.monitoring.cluster;

import id.rantai.monitoring.rules.InstructionRoute;
import id.rantai.monitoring.rules.MonitorInstruction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a monitor's instruction down the seal's own partition, behind the readings already there:
 * the owner applies it exactly between the readings that came before and after it, wherever it was
 * given. Waits for Kafka's acknowledgement, so that an unlock expected is on its way before the
 * command leaves for the seal.
 */
@Component
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class KafkaInstructionRoute implements InstructionRoute {
    private final KafkaTemplate<String, byte[]> kafka;
    private final SealPartitions partitions;
    private final ClusterMessages messages;
    private final String topic;

    KafkaInstructionRoute(
            KafkaTemplate<String, byte[]> clusterKafka,
            SealPartitions partitions,
            ClusterMessages messages,
            ClusterProperties properties) {
        this.kafka = clusterKafka;
        this.partitions = partitions;
        this.messages = messages;
        this.topic = properties.readings().name();
    }

    @Override
    public void send(UUID sealId, MonitorInstruction instruction) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                topic, partitions.of(sealId), sealId.toString(), messages.instruction(instruction));
        record.headers()
                .add(ClusterMessages.KIND, ClusterMessages.kindOf(instruction).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + instruction, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take " + instruction, e);
        }
    }
}
