package id.rantai.monitoring.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBatchReadings most readings one request of the batch endpoint may carry
 * @param maxCommitReadings most readings written in one database transaction (group commit)
 * @param queueCapacity     readings waiting to be written before new ones are refused with 503
 * @param messageDeadlineSeconds a device message (an OsmAnd request, a JT701 frame, an MQTT packet) must
 *                          arrive whole within this long of its first byte, however steadily it trickles
 * @param maxConnectionsPerAddress connections one remote address may hold on one device port
 * @param maxConnections    connections one device port holds in all
 * @param bindAddress       the local address every device port listens on (an interface facing the
 *                          seals' network, or 127.0.0.1 behind a proxy); empty listens on every address
 */
@ConfigurationProperties("rantai.monitoring.ingest")
public record IngestProperties(
        @DefaultValue("1000") int maxBatchReadings,
        @DefaultValue("5000") int maxCommitReadings,
        @DefaultValue("200000") int queueCapacity,
        @DefaultValue("30") int messageDeadlineSeconds,
        @DefaultValue("200") int maxConnectionsPerAddress,
        @DefaultValue("20000") int maxConnections,
        @DefaultValue("") String bindAddress) {}
