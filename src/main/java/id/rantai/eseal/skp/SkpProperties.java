package id.rantai.eseal.skp;

import id.rantai.shared.delivery.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection to customs' service system (SKP). Without an endpoint nothing is queued.
 *
 * @param endpoint         where events are POSTed (JSON, or multipart with the photo)
 * @param apiKey           sent as a bearer token
 * @param signingSecret    signs every request body (HMAC-SHA256), so SKP can tell it came from Rantai unaltered
 * @param maxAttempts      attempts before a delivery is FAILED and waits for a person
 * @param firstRetry       wait after the first failed attempt, doubled after each further one up to {@code maxRetry}
 * @param jitter           share (0 to 1) by which each wait may be shortened at random, so retries spread out
 * @param lease            how long one instance may take over one delivery before another may try
 */
@ConfigurationProperties("rantai.skp")
public record SkpProperties(
        @Nullable URI endpoint,
        @Nullable String apiKey,
        @Nullable String signingSecret,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT10S") Duration dispatchInterval,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT30M") Duration maxRetry,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("50") int batchSize,
        @DefaultValue("0.2") double jitter) {

    public boolean enabled() {
        return endpoint != null;
    }

    RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry, jitter);
    }
}
