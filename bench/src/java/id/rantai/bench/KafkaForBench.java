package id.rantai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts a Kafka broker (KRaft, one node, spring-kafka-test's) for a benchmark run of several
 * instances and writes its bootstrap address to a file. One broker on the same two cores as
 * everything else: what it shows is the cost of the log on this machine, not a production cluster.
 */
public final class KafkaForBench {
    public static void main(String[] args) throws Exception {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        Files.writeString(Path.of(args[0]), kafka.getBrokersAsString());
        Thread.sleep(Long.MAX_VALUE);
    }
}
