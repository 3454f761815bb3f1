package id.rantai.notification.internal;

import id.rantai.shared.time.Backoff;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom         the sender address of every e-mail
 * @param dispatchInterval how often the outbox is emptied
 * @param maxAttempts      attempts before a message is given up as FAILED (an administrator may retry it)
 * @param firstRetry       wait after the first failure; doubled after each further one, up to {@code maxRetry}
 * @param jitter           share (0 to 1) by which each wait may be shortened at random, so retries spread out
 * @param lease            how long an instance may take to hand one message to SMTP before another may try
 */
@ConfigurationProperties("rantai.notification")
record NotificationProperties(
        @DefaultValue("rantai@localhost") String mailFrom,
        @DefaultValue("PT30S") Duration dispatchInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT2H") Duration maxRetry,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("100") int batchSize,
        @DefaultValue("0.2") double jitter) {

    /** The wait after the given number of failed attempts: first, 2×first, 4×first, … at most {@code maxRetry}. */
    Duration backoff(int failedAttempts) {
        return Backoff.jittered(
                Backoff.doubling(firstRetry, maxRetry, failedAttempts), jitter, ThreadLocalRandom.current());
    }
}
