package id.rantai.webhook.web;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.web.Paging;
import id.rantai.webhook.WebhookEventKind;
import id.rantai.webhook.delivery.WebhookDeliveries;
import id.rantai.webhook.delivery.WebhookDelivery;
import id.rantai.webhook.endpoint.WebhookEndpoint;
import id.rantai.webhook.endpoint.WebhookEndpoints;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An organisation's webhook endpoints, their deliveries and every attempt at them. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final CurrentActor actor;

    WebhookController(WebhookEndpoints endpoints, WebhookDeliveries deliveries, CurrentActor actor) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.actor = actor;
    }

    /**
     * An endpoint as asked for.
     *
     * @param organisationId only the platform administrator names it; an organisation's admin registers for their own
     * @param active         false registers it switched off (nothing is queued for it until it is on)
     */
    record EndpointRequest(
            @Nullable UUID organisationId,

            @NotBlank @Size(max = 2000) @Schema(example = "https://tms.example.co.id/rantai/events")
            String url,

            @Size(max = 200) @Nullable String description,
            @NotNull @Size(min = 1, max = 10) Set<WebhookEventKind> eventKinds,
            @Nullable Boolean active) {

        WebhookEndpoints.Registration registration() {
            return new WebhookEndpoints.Registration(
                    organisationId, url, description, eventKinds, active == null || active);
        }
    }

    /** An endpoint as shown: its secret only by its last four characters. */
    record EndpointView(
            UUID id,
            UUID organisationId,
            URI url,
            @Nullable String description,
            Set<WebhookEventKind> eventKinds,
            boolean active,
            @Schema(example = "…x3Qa") String secretHint,
            Instant createdAt,
            Instant updatedAt) {
        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(
                    e.id(),
                    e.organisationId(),
                    e.url(),
                    e.description(),
                    e.eventKinds(),
                    e.active(),
                    e.secretHint(),
                    e.createdAt(),
                    e.updatedAt());
        }
    }

    /** An endpoint with the secret its deliveries are signed with: shown this once. */
    record IssuedView(
            EndpointView endpoint,
            @Schema(example = "whsec_3q2-7wEr…") String signingSecret) {
        static IssuedView of(WebhookEndpoints.Issued issued) {
            return new IssuedView(EndpointView.of(issued.endpoint()), issued.signingSecret());
        }
    }

    /** The caller's organisation's webhook endpoints; every organisation's for platform administrators. */
    @GetMapping
    List<EndpointView> list() {
        return endpoints.list(actor.get()).stream().map(EndpointView::of).toList();
    }

    /**
     * Registers a webhook endpoint for event kinds the organisation may see; the answer carries its signing secret,
     * shown this once.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedView> register(@Valid @RequestBody EndpointRequest body) {
        var issued = endpoints.register(actor.get(), body.registration());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(issued.endpoint().id())
                .toUri();
        return ResponseEntity.created(location).body(IssuedView.of(issued));
    }

    /** One webhook endpoint. */
    @GetMapping("/{id}")
    EndpointView get(@PathVariable UUID id) {
        return EndpointView.of(endpoints.visible(actor.get(), id));
    }

    /**
     * Changes an endpoint's address, description, event kinds or whether it is on; switching it off sets its waiting
     * deliveries aside.
     */
    @PutMapping("/{id}")
    EndpointView change(@PathVariable UUID id, @Valid @RequestBody EndpointRequest body) {
        return EndpointView.of(endpoints.change(actor.get(), id, body.registration()));
    }

    /** Removes an endpoint with its deliveries and their attempts. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        endpoints.remove(actor.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** Issues a new signing secret; deliveries are signed with it at once. */
    @PostMapping("/{id}/secret")
    IssuedView rotateSecret(@PathVariable UUID id) {
        return IssuedView.of(endpoints.rotateSecret(actor.get(), id));
    }

    /** Queues a PING event for the endpoint, delivered like any other (202, Location of the delivery). */
    @PostMapping("/{id}/ping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<WebhookDelivery> ping(@PathVariable UUID id) {
        WebhookDelivery d = deliveries.ping(actor.get(), id);
        return ResponseEntity.accepted().location(deliveryAddress(id, d.id())).body(d);
    }

    /** A page of the endpoint's deliveries, newest first (limit, offset, X-Total-Count, Link). */
    @GetMapping("/{id}/deliveries")
    ResponseEntity<List<WebhookDelivery>> deliveries(
            @PathVariable UUID id,
            @RequestParam(required = false) WebhookDelivery.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(deliveries.list(actor.get(), id, status, paging.limit(), paging.offset()), request);
    }

    /** One delivery with every attempt made at it: when, how long, the answer and the error. */
    @GetMapping("/{id}/deliveries/{deliveryId}")
    WebhookDelivery delivery(@PathVariable UUID id, @PathVariable long deliveryId) {
        return deliveries.find(actor.get(), id, deliveryId);
    }

    /** The event exactly as it was (and will be) sent. */
    @GetMapping(value = "/{id}/deliveries/{deliveryId}/payload", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "200",
            description = "The event as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    String payload(@PathVariable UUID id, @PathVariable long deliveryId) {
        return deliveries.payload(actor.get(), id, deliveryId);
    }

    /** Sends a FAILED delivery again; that trip's later events for the endpoint follow it. */
    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    WebhookDelivery retry(@PathVariable UUID id, @PathVariable long deliveryId) {
        return deliveries.retry(actor.get(), id, deliveryId);
    }

    private static URI deliveryAddress(UUID endpoint, long delivery) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/webhooks/{id}/deliveries/{deliveryId}")
                .buildAndExpand(endpoint, delivery)
                .toUri();
    }
}
