package id.rantai.monitoring.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBatchReadings most readings one request of the batch endpoint may carry
 * @param maxCommitReadings most readings written in one database transaction (group commit)
 * @param queueCapacity     readings waiting to be written before new ones are refused with 503
 */
@ConfigurationProperties("rantai.monitoring.ingest")
public record IngestProperties(
        @DefaultValue("1000") int maxBatchReadings,
        @DefaultValue("5000") int maxCommitReadings,
        @DefaultValue("200000") int queueCapacity) {}
