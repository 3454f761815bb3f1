package id.rantai.webhook;

import id.rantai.shared.delivery.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered.
 *
 * @param allowHttp             whether endpoints may be plain http (for a receiver on the same private network); https otherwise
 * @param allowPrivateNetworks  whether endpoints may resolve to loopback, private or link-local addresses; off, so that
 *                              an organisation cannot make Rantai call into the network it runs in
 * @param maxAttempts           attempts before a delivery is FAILED and waits for the organisation (about a day with the defaults)
 * @param firstRetry            wait after the first failed attempt, doubled after each further one up to {@code maxRetry}
 * @param jitter                share (0 to 1) by which each wait may be shortened at random, so retries spread out
 * @param maxEndpoints          endpoints one organisation may register
 */
@ConfigurationProperties("rantai.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("false") boolean allowPrivateNetworks,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT6H") Duration maxRetry,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("50") int batchSize,
        @DefaultValue("0.2") double jitter,
        @DefaultValue("20") int maxEndpoints) {

    public RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry, jitter);
    }
}
