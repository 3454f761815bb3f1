package id.rantai.eseal.disruption;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.DisruptionReported;
import id.rantai.eseal.seal.SealInventory;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting disruptions, and the provider's follow-up under the disruption norms. */
@Service
public class DisruptionDesk {
    private final JdbcDisruptions disruptions;
    private final TripRequests trips;
    private final SealInventory seals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisruptionDesk(
            JdbcDisruptions disruptions,
            TripRequests trips,
            SealInventory seals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.disruptions = disruptions;
        this.trips = trips;
        this.seals = seals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record NewReport(
            @Nullable UUID tripId, @Nullable UUID sealId, DisruptionCategory category, String description) {}

    @Transactional
    public Disruption report(Actor actor, NewReport n) {
        if (n.tripId() == null && n.sealId() == null) {
            throw new InvalidInputException("tripId", "or sealId is required: a report concerns a trip or a seal");
        }
        if (n.category() == null) {
            throw InvalidInputException.worded("category", "required");
        }
        if (n.description() == null || n.description().isBlank()) {
            throw InvalidInputException.worded("description", "required");
        }
        UUID providerId, officeId = null, sealId = n.sealId();
        if (n.tripId() != null) {
            Trip trip = trips.visible(actor, n.tripId());
            providerId = trip.parties().providerId();
            officeId = trip.parties().customsOfficeId();
            if (sealId == null) {
                sealId = trip.sealId();
            } else if (!sealId.equals(trip.sealId())) {
                throw new InvalidInputException("sealId", "is not the seal of this trip");
            }
        } else {
            // Without a trip only the seal's own provider can know the seal.
            providerId = seals.visible(actor, sealId).providerId();
        }
        Instant now = clock.instant();
        Disruption d = new Disruption(
                UUID.randomUUID(),
                n.tripId(),
                sealId,
                providerId,
                officeId,
                actor.organisationId(),
                actor.userId(),
                n.category(),
                n.description().trim(),
                DisruptionStatus.REPORTED,
                now,
                /* acknowledgedAt= */ null,
                /* acknowledgedBy= */ null,
                /* resolvedAt= */ null,
                /* resolvedBy= */ null,
                /* resolution= */ null,
                /* version= */ 0);
        disruptions.insert(d);
        record(actor, "DISRUPTION_REPORTED", d, d.category() + ": " + d.description());
        events.publishEvent(new DisruptionReported(
                d.id(),
                d.tripId(),
                d.sealId(),
                d.providerId(),
                d.officeId(),
                d.category().name(),
                now));
        return d;
    }

    @Transactional
    public Disruption acknowledge(Actor actor, UUID id) {
        Disruption d = visible(actor, id);
        requireProvider(actor, d);
        Disruption changed = d.acknowledge(actor.userId(), clock.instant());
        disruptions.update(changed);
        record(actor, "DISRUPTION_ACKNOWLEDGED", d, null);
        events.publishEvent(new DisruptionFollowedUp(id, changed.status(), changed.acknowledgedAt()));
        return disruptions.find(id).orElseThrow(); // at its new version, for the answer's ETag
    }

    @Transactional
    public Disruption resolve(Actor actor, UUID id, @Nullable String resolution) {
        Disruption d = visible(actor, id);
        requireProvider(actor, d);
        if (resolution == null || resolution.isBlank()) {
            throw new InvalidInputException("resolution", "is required: say what was done");
        }
        Disruption changed = d.resolve(actor.userId(), clock.instant(), resolution.trim());
        disruptions.update(changed);
        record(actor, "DISRUPTION_RESOLVED", d, resolution);
        events.publishEvent(new DisruptionFollowedUp(id, changed.status(), changed.resolvedAt()));
        return disruptions.find(id).orElseThrow(); // at its new version, for the answer's ETag
    }

    public List<Disruption> list(Actor actor) {
        if (actor.isAdmin()) {
            return disruptions.all();
        }
        return actor.organisationId() == null ? List.of() : disruptions.visibleTo(actor.organisationId());
    }

    public Disruption visible(Actor actor, UUID id) {
        Disruption disruption = disruptions
                .find(id)
                .filter(d -> actor.isAdmin()
                        || actor.belongsTo(d.providerId())
                        || actor.belongsTo(d.officeId())
                        || actor.belongsTo(d.reporterOrgId()))
                .orElseThrow(() -> new NotFoundException("Disruption", id));
        // A change that names the version it read (If-Match) is checked first (see ExpectedVersion).
        ExpectedVersion.check("Disruption", disruption.version());
        return disruption;
    }

    private static void requireProvider(Actor actor, Disruption d) {
        if (!actor.has(Role.PROVIDER_STAFF) || !actor.belongsTo(d.providerId())) {
            throw new ForbiddenException("Only the seal's provider follows up a disruption report");
        }
    }

    private void record(Actor actor, String action, Disruption d, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "DISRUPTION", d.id(), details));
    }
}
