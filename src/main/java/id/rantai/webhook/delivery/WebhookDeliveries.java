package id.rantai.webhook.delivery;

import id.rantai.identity.Actor;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import id.rantai.shared.StateConflictException;
import id.rantai.webhook.endpoint.WebhookEndpoint;
import id.rantai.webhook.endpoint.WebhookEndpoints;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An endpoint's deliveries as its organisation sees them: each with its attempts, retried on request. */
@Service
public class WebhookDeliveries {
    private final WebhookEndpoints endpoints;
    private final JdbcWebhookDeliveries deliveries;
    private final WebhookFanOut fanOut;
    private final Clock clock;

    WebhookDeliveries(WebhookEndpoints endpoints, JdbcWebhookDeliveries deliveries, WebhookFanOut fanOut, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.fanOut = fanOut;
        this.clock = clock;
    }

    public Page<WebhookDelivery> list(
            Actor actor, UUID endpoint, WebhookDelivery.@Nullable Status status, int limit, int offset) {
        endpoints.visible(actor, endpoint);
        return deliveries.list(endpoint, status, limit, offset);
    }

    /** One delivery with every attempt made at it. */
    public WebhookDelivery find(Actor actor, UUID endpoint, long id) {
        endpoints.visible(actor, endpoint);
        return deliveries.find(endpoint, id).orElseThrow(() -> new NotFoundException("WebhookDelivery", id));
    }

    /** The event exactly as sent, for a receiver that needs it again. */
    public String payload(Actor actor, UUID endpoint, long id) {
        endpoints.visible(actor, endpoint);
        return deliveries.payload(endpoint, id).orElseThrow(() -> new NotFoundException("WebhookDelivery", id));
    }

    /** A FAILED delivery back in the queue, due now with a fresh count; 409 when it is not FAILED. */
    @Transactional
    public WebhookDelivery retry(Actor actor, UUID endpoint, long id) {
        WebhookDelivery d = find(actor, endpoint, id);
        if (!deliveries.retry(id, clock.instant())) {
            throw StateConflictException.worded("NOT_FAILED", "jobNotFailed", Long.toString(id));
        }
        return deliveries.find(endpoint, d.id()).orElseThrow();
    }

    /** Queues a PING event for the endpoint (delivered like any other); the delivery. */
    @Transactional
    public WebhookDelivery ping(Actor actor, UUID endpoint) {
        WebhookEndpoint e = endpoints.visible(actor, endpoint);
        if (!e.active()) {
            throw StateConflictException.worded("INACTIVE", "webhookInactive");
        }
        String eventId = fanOut.ping(e);
        return deliveries.list(endpoint, null, 1, 0).items().stream()
                .filter(d -> d.eventId().equals(eventId))
                .findFirst()
                .orElseThrow();
    }
}
