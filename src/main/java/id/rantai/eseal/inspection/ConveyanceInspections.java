package id.rantai.eseal.inspection;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.shared.ContainerNumber;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records conveyance inspections and holds the line the SOP and AEO 6.b.4 draw: no seal is
 * installed on a trip's container until a passed inspection of that container is on record.
 */
@Service
public class ConveyanceInspections {
    /** Inspector's clocks drift; an inspection a few minutes "from the future" is a clock, not a forgery. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcInspections inspections;
    private final TripRequests trips;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean requiredBeforeInstall;

    ConveyanceInspections(
            JdbcInspections inspections,
            TripRequests trips,
            AuditTrail audit,
            Clock clock,
            @Value("${rantai.eseal.inspection-required:true}") boolean requiredBeforeInstall) {
        this.inspections = inspections;
        this.trips = trips;
        this.audit = audit;
        this.clock = clock;
        this.requiredBeforeInstall = requiredBeforeInstall;
    }

    public record NewInspection(
            @Nullable UUID tripId,
            @Size(max = 20) @Nullable String containerNumber,
            @Nullable Boolean reefer,
            ConveyanceInspection.@Nullable Points points,
            @Size(max = 200) @Nullable String inspector,
            @Size(max = 4000) @Nullable String remarks,
            @Nullable Instant inspectedAt) {}

    @Transactional
    public ConveyanceInspection record(Actor actor, NewInspection n) {
        UUID organisation;
        String container;
        if (n.tripId() != null) {
            Trip trip = trips.visible(actor, n.tripId());
            if (!trip.parties().worksOnTheGround(actor)) {
                throw new ForbiddenException("The trip's company or its seal provider inspects the container");
            }
            container = trip.containerNumber().toString();
            if (n.containerNumber() != null && !n.containerNumber().equals(container)) {
                throw InvalidInputException.worded("containerNumber", "notTripContainer", container);
            }
            // The inspection is the company's record, whoever on the ground filled it in.
            organisation = trip.parties().requesterId();
        } else {
            if (actor.organisationId() == null || actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE)) {
                throw new ForbiddenException("A company or a seal provider records inspections");
            }
            if (n.containerNumber() == null) {
                throw new InvalidInputException("containerNumber", "is required without a trip");
            }
            container = ContainerNumber.of(n.containerNumber()).toString();
            organisation = actor.organisationId();
        }
        if (n.points() == null) {
            throw InvalidInputException.worded("points", "inspectionPoints");
        }
        boolean reefer = Boolean.TRUE.equals(n.reefer());
        if (reefer && n.points().fanHousing() == null) {
            throw new InvalidInputException("points.fanHousing", "is required for a refrigerated container");
        }
        if (n.inspector() == null || n.inspector().isBlank() || n.inspector().length() > 200) {
            throw InvalidInputException.worded("inspector", "requiredText", 200);
        }
        Instant now = clock.instant();
        Instant at = n.inspectedAt() == null ? now : n.inspectedAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.worded("inspectedAt", "inFuture");
        }
        ConveyanceInspection i = new ConveyanceInspection(
                UUID.randomUUID(),
                organisation,
                n.tripId(),
                container,
                reefer,
                n.points(),
                n.points().allSound(reefer),
                n.inspector().trim(),
                n.remarks() == null || n.remarks().isBlank()
                        ? null
                        : n.remarks().trim(),
                at,
                actor.userId(),
                now);
        inspections.insert(i);
        audit.record(actor.auditEntry(
                now,
                "CONVEYANCE_INSPECTED",
                "ConveyanceInspection",
                i.id(),
                container + (i.passed() ? " passed" : " FAILED")));
        return i;
    }

    public List<ConveyanceInspection> forTrip(Actor actor, UUID tripId) {
        trips.visible(actor, tripId);
        return inspections.ofTrip(tripId);
    }

    public List<ConveyanceInspection> ofCompany(Actor actor, Instant since) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return inspections.ofOrganisation(actor.organisationId(), since);
    }

    /** Called as a seal is installed. */
    public void requirePassedBeforeInstall(Trip trip) {
        if (requiredBeforeInstall && !inspections.passedFor(trip.id())) {
            throw StateConflictException.worded(
                    trip.state().name(), "noInspection", trip.containerNumber(), trip.reference());
        }
    }

    List<ConveyanceInspection> since(UUID organisationId, Instant since) {
        return inspections.ofOrganisation(organisationId, since);
    }

    boolean belongsTo(UUID id, UUID organisationId) {
        return inspections
                .find(id)
                .filter(i -> i.organisationId().equals(organisationId))
                .isPresent();
    }
}
