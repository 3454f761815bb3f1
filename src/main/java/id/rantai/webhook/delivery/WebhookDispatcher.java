package id.rantai.webhook.delivery;

import id.rantai.shared.delivery.InTurn;
import id.rantai.shared.delivery.SignedPost;
import id.rantai.webhook.WebhookProperties;
import id.rantai.webhook.delivery.WebhookDelivery.Outcome;
import id.rantai.webhook.endpoint.JdbcWebhookEndpoints;
import id.rantai.webhook.endpoint.WebhookAddresses;
import id.rantai.webhook.endpoint.WebhookEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the queued events to the organisations' endpoints, each endpoint's events about one trip
 * in order: accepted (2xx, or 409) is done; busy or unreachable is tried again with doubling,
 * jittered back-off honouring {@code Retry-After}; any other answer is FAILED at once for the
 * organisation to look at, and that trip's later events for that endpoint wait until it is retried.
 * Every attempt is recorded with its answer.
 */
@Service
public class WebhookDispatcher {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final JdbcWebhookDeliveries deliveries;
    private final JdbcWebhookEndpoints endpoints;
    private final WebhookAddresses addresses;
    private final WebhookProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SignedPost post;

    WebhookDispatcher(
            JdbcWebhookDeliveries deliveries,
            JdbcWebhookEndpoints endpoints,
            WebhookAddresses addresses,
            WebhookProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.addresses = addresses;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.post = new SignedPost(properties.timeout());
    }

    /** Delivers what is due, each endpoint's trip in order; on a schedule, and by tests that need it now. */
    @Scheduled(
            fixedDelayString = "${rantai.webhooks.dispatch-interval:PT5S}",
            initialDelayString = "${rantai.webhooks.dispatch-interval:PT5S}")
    public InTurn.Round dispatch() {
        return InTurn.dispatch(
                new InTurn.Queue<JdbcWebhookDeliveries.Claimed>() {
                    @Override
                    public List<Long> due(Instant now, int limit) {
                        return deliveries.due(now, limit);
                    }

                    @Override
                    public Optional<JdbcWebhookDeliveries.Claimed> claim(long id, Instant now, Instant leaseUntil) {
                        return deliveries.claim(id, now, leaseUntil);
                    }

                    @Override
                    public boolean deliver(JdbcWebhookDeliveries.Claimed claimed) {
                        return WebhookDispatcher.this.deliver(claimed);
                    }
                },
                clock,
                properties.batchSize(),
                properties.lease());
    }

    private boolean deliver(JdbcWebhookDeliveries.Claimed d) {
        Optional<WebhookEndpoint> found = endpoints.find(d.endpointId());
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        if (found.isEmpty() || !found.get().active()) {
            finish(d, started, t0, null, Outcome.REFUSED, "endpoint switched off", null);
            return false;
        }
        WebhookEndpoint endpoint = found.get();
        String refusal = addresses.refusal(endpoint.url(), true);
        if (refusal != null) {
            finish(d, started, t0, null, Outcome.REFUSED, "not called: " + refusal, null);
            return false;
        }
        SignedPost.Answer answer;
        try {
            answer = post.send(
                    new SignedPost.Request(
                            endpoint.url(),
                            d.eventId(),
                            d.kind().name(),
                            "application/json",
                            d.payload().getBytes(StandardCharsets.UTF_8),
                            Map.of("X-Rantai-Delivery", Long.toString(d.id()), "User-Agent", "Rantai-Webhooks/1"),
                            endpoint.signingSecret(),
                            properties.timeout()),
                    started);
        } catch (IOException e) {
            finish(d, started, t0, null, Outcome.UNREACHABLE, e.toString(), null);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(d, started, t0, null, Outcome.UNREACHABLE, "interrupted", null);
            return false;
        }
        Outcome outcome = switch (answer.verdict()) {
            case ACCEPTED -> Outcome.ACCEPTED;
            case TRY_AGAIN -> Outcome.TRY_AGAIN;
            case REFUSED -> Outcome.REFUSED;
        };
        String error = outcome == Outcome.ACCEPTED
                ? null
                : "answered " + answer.status() + (answer.body().isBlank() ? "" : ": " + answer.body());
        finish(d, started, t0, answer.status(), outcome, error, answer.retryAfter());
        return outcome == Outcome.ACCEPTED;
    }

    /** Records the attempt and its consequence in one transaction. */
    private void finish(
            JdbcWebhookDeliveries.Claimed d,
            Instant started,
            long t0,
            @Nullable Integer status,
            Outcome outcome,
            @Nullable String error,
            @Nullable String retryAfter) {
        long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        tx.executeWithoutResult(s -> {
            deliveries.attempted(d.id(), started, millis, status, outcome, error);
            Instant now = clock.instant();
            switch (outcome) {
                case ACCEPTED -> deliveries.delivered(d.id(), now, status == null ? 200 : status);
                case REFUSED -> deliveries.failed(d.id(), true, now, status, String.valueOf(error));
                case TRY_AGAIN, UNREACHABLE -> {
                    boolean givingUp = properties.retries().exhausted(d.attempts());
                    Duration wait = properties.retries().wait(d.attempts(), retryAfter);
                    deliveries.failed(d.id(), givingUp, now.plus(wait), status, String.valueOf(error));
                }
            }
        });
        if (outcome != Outcome.ACCEPTED) {
            log.info("Webhook delivery {} ({}) attempt {}: {}", d.id(), d.eventId(), d.attempts(), error);
        }
    }
}
