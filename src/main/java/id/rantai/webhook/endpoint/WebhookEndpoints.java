package id.rantai.webhook.endpoint;

import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.webhook.WebhookEventKind;
import id.rantai.webhook.WebhookProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and keeping an organisation's endpoints. Its own administrator (ORG_ADMIN) manages
 * them; the platform administrator sees and manages every organisation's. Anyone else, and any
 * other organisation, is told an endpoint does not exist.
 */
@Service
public class WebhookEndpoints {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcWebhookEndpoints endpoints;
    private final WebhookAddresses addresses;
    private final Organisations organisations;
    private final WebhookProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookEndpoints(
            JdbcWebhookEndpoints endpoints,
            WebhookAddresses addresses,
            Organisations organisations,
            WebhookProperties properties,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.endpoints = endpoints;
        this.addresses = addresses;
        this.organisations = organisations;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a person asks for; {@code organisationId} only from the platform administrator. */
    public record Registration(
            @Nullable UUID organisationId,
            String url,
            @Nullable String description,
            Set<WebhookEventKind> eventKinds,
            boolean active) {}

    /** An endpoint with the secret it signs with, shown once. */
    public record Issued(WebhookEndpoint endpoint, String signingSecret) {}

    @Transactional
    public Issued register(Actor actor, Registration r) {
        UUID organisation = organisationFor(actor, r.organisationId());
        Organisation org = organisations
                .find(organisation)
                .orElseThrow(() -> InvalidInputException.worded("organisationId", "unknownOrganisation"));
        if (endpoints.countOf(organisation) >= properties.maxEndpoints()) {
            throw InvalidInputException.worded("url", "tooManyWebhooks", properties.maxEndpoints());
        }
        Instant now = clock.instant();
        WebhookEndpoint e = new WebhookEndpoint(
                UUID.randomUUID(),
                organisation,
                addresses.accepted(r.url()),
                blankToNull(r.description()),
                kindsOpenTo(org, r.eventKinds()),
                newSecret(),
                r.active(),
                now,
                now);
        endpoints.insert(e, actor.userId());
        record(actor, "WEBHOOK_REGISTERED", e, e.url() + " " + e.eventKinds());
        return new Issued(e, e.signingSecret());
    }

    @Transactional
    public WebhookEndpoint change(Actor actor, UUID id, Registration r) {
        WebhookEndpoint e = visible(actor, id);
        Organisation org = organisations.find(e.organisationId()).orElseThrow();
        WebhookEndpoint changed = new WebhookEndpoint(
                e.id(),
                e.organisationId(),
                addresses.accepted(r.url()),
                blankToNull(r.description()),
                kindsOpenTo(org, r.eventKinds()),
                e.signingSecret(),
                r.active(),
                e.createdAt(),
                clock.instant());
        endpoints.update(changed);
        if (e.active() && !changed.active()) {
            events.publishEvent(new EndpointDeactivated(e.id()));
        }
        record(
                actor,
                "WEBHOOK_CHANGED",
                changed,
                changed.url() + " " + changed.eventKinds() + " active=" + changed.active());
        return changed;
    }

    /** A new secret; the old one stops signing at once. */
    @Transactional
    public Issued rotateSecret(Actor actor, UUID id) {
        WebhookEndpoint e = visible(actor, id);
        WebhookEndpoint rotated = new WebhookEndpoint(
                e.id(),
                e.organisationId(),
                e.url(),
                e.description(),
                e.eventKinds(),
                newSecret(),
                e.active(),
                e.createdAt(),
                clock.instant());
        endpoints.update(rotated);
        record(actor, "WEBHOOK_SECRET_ROTATED", rotated, null);
        return new Issued(rotated, rotated.signingSecret());
    }

    /** Removes the endpoint with its deliveries and their attempts. */
    @Transactional
    public void remove(Actor actor, UUID id) {
        WebhookEndpoint e = visible(actor, id);
        endpoints.delete(id);
        record(actor, "WEBHOOK_REMOVED", e, e.url().toString());
    }

    public List<WebhookEndpoint> list(Actor actor) {
        requireManager(actor);
        return endpoints.list(actor.isAdmin() ? null : actor.organisationId());
    }

    /** The endpoint if the actor may manage it; 404 otherwise. */
    public WebhookEndpoint visible(Actor actor, UUID id) {
        requireManager(actor);
        return endpoints
                .find(id)
                .filter(e -> actor.isAdmin() || actor.belongsTo(e.organisationId()))
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private static void requireManager(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("Only an organisation's admin manages its webhooks");
        }
    }

    private static UUID organisationFor(Actor actor, @Nullable UUID asked) {
        requireManager(actor);
        if (actor.isAdmin()) {
            if (asked == null) {
                throw InvalidInputException.worded("organisationId", "required");
            }
            return asked;
        }
        if (actor.organisationId() == null || (asked != null && !actor.belongsTo(asked))) {
            throw new ForbiddenException("Only an organisation's admin manages its webhooks");
        }
        return actor.organisationId();
    }

    /** The kinds asked for, each one the organisation may see; at least one. */
    private static Set<WebhookEventKind> kindsOpenTo(Organisation org, Set<WebhookEventKind> asked) {
        if (asked.isEmpty()) {
            throw InvalidInputException.worded("eventKinds", "required");
        }
        String closed = asked.stream()
                .filter(k -> !k.openTo(org.kind()))
                .map(Enum::name)
                .sorted()
                .collect(Collectors.joining(", "));
        if (!closed.isEmpty()) {
            throw InvalidInputException.worded("eventKinds", "webhookKindsClosed", closed);
        }
        return EnumSet.copyOf(asked);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void record(Actor actor, String action, WebhookEndpoint e, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "Webhook", e.id(), details));
    }
}
