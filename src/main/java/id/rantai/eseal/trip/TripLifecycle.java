package id.rantai.eseal.trip;

import id.rantai.eseal.SealStatus;
import id.rantai.eseal.TripCloseCheck;
import id.rantai.eseal.TripState;
import id.rantai.eseal.seal.JdbcSeals;
import id.rantai.eseal.seal.Seal;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the SOP, each allowed to the party that performs it in the field: customs approves and
 * closes, the provider assigns, installs and removes the seal, the service user prepares the
 * container. Every step checks visibility (404), then the actor's role (403), then the state (409).
 */
@Service
public class TripLifecycle {
    private final TripRequests requests;
    private final TripTransitions transitions;
    private final JdbcSeals seals;
    private final ObjectProvider<StepPrecondition> preconditions;
    private final ObjectProvider<TripCloseCheck> closeChecks;

    TripLifecycle(
            TripRequests requests,
            TripTransitions transitions,
            JdbcSeals seals,
            ObjectProvider<StepPrecondition> preconditions,
            ObjectProvider<TripCloseCheck> closeChecks) {
        this.preconditions = preconditions;
        this.closeChecks = closeChecks;
        this.requests = requests;
        this.transitions = transitions;
        this.seals = seals;
    }

    @Transactional
    public Trip approve(Actor actor, UUID tripId, @Nullable String note) {
        Trip trip = requests.visible(actor, tripId);
        requireCustoms(actor, trip);
        return transitions.move(trip, TripState.APPROVED, actor, blankToNull(note));
    }

    @Transactional
    public Trip reject(Actor actor, UUID tripId, @Nullable String reason) {
        Trip trip = requests.visible(actor, tripId);
        requireCustoms(actor, trip);
        return transitions.move(trip, TripState.REJECTED, actor, requiredReason(reason));
    }

    @Transactional
    public Trip assignSeal(Actor actor, UUID tripId, UUID sealId) {
        Trip trip = requests.visible(actor, tripId);
        requireProvider(actor, trip);
        if (!trip.state().canMoveTo(TripState.SEAL_ASSIGNED)) {
            trip.moveTo(TripState.SEAL_ASSIGNED, trip.updatedAt(), null); // throws the 409 naming the state
        }
        Seal seal = seals.find(sealId)
                .filter(s -> s.providerId().equals(trip.parties().providerId()))
                .orElseThrow(() -> new InvalidInputException("sealId", "names no seal of this provider"));
        if (seal.status() != SealStatus.AVAILABLE) {
            throw InvalidInputException.worded(
                    "sealId",
                    "sealNotAvailable",
                    seal.serialNumber(),
                    Wording.label("sealStatus." + seal.status().name()),
                    Wording.label("sealStatus.AVAILABLE"));
        }
        seals.updateStatus(seal.withStatus(SealStatus.ASSIGNED));
        return transitions.move(
                trip.withSeal(seal.id()), TripState.SEAL_ASSIGNED, actor, "seal " + seal.serialNumber());
    }

    @Transactional
    public Trip readyForInstallation(Actor actor, UUID tripId) {
        Trip trip = requests.visible(actor, tripId);
        requireParty(actor, trip);
        checkPreconditions(trip, TripState.READY_FOR_INSTALLATION);
        return transitions.move(trip, TripState.READY_FOR_INSTALLATION, actor, null);
    }

    @Transactional
    public Trip install(Actor actor, UUID tripId) {
        Trip trip = requests.visible(actor, tripId);
        requireProvider(actor, trip);
        checkPreconditions(trip, TripState.INSTALLED);
        Trip moved = transitions.move(trip, TripState.INSTALLED, actor, null);
        setSealStatus(trip.sealId(), SealStatus.INSTALLED);
        return moved;
    }

    @Transactional
    public Trip depart(Actor actor, UUID tripId) {
        Trip trip = requests.visible(actor, tripId);
        requireParty(actor, trip);
        return transitions.move(trip, TripState.IN_TRANSIT, actor, null);
    }

    @Transactional
    public Trip arrive(Actor actor, UUID tripId) {
        Trip trip = requests.visible(actor, tripId);
        if (!trip.parties().worksOnTheGround(actor) && !actor.has(Role.CUSTOMS_OFFICER)) {
            throw new ForbiddenException("Only the trip's parties or a customs officer may record arrival");
        }
        requireStaffRole(actor);
        return transitions.move(trip, TripState.ARRIVED, actor, null);
    }

    @Transactional
    public Trip remove(Actor actor, UUID tripId) {
        Trip trip = requests.visible(actor, tripId);
        requireProvider(actor, trip);
        Trip moved = transitions.move(trip, TripState.REMOVED, actor, null);
        setSealStatus(trip.sealId(), SealStatus.AVAILABLE);
        return moved;
    }

    @Transactional
    public Trip close(Actor actor, UUID tripId, @Nullable String note) {
        Trip trip = requests.visible(actor, tripId);
        requireCustoms(actor, trip);
        checkPreconditions(trip, TripState.CLOSED);
        List<String> blockers = closeChecks
                .orderedStream()
                .flatMap(c -> c.blockers(tripId).stream())
                .toList();
        if (!blockers.isEmpty()) {
            throw StateConflictException.worded(
                            trip.state().name(), "tripCloseBlocked", trip.reference(), String.join("; ", blockers))
                    .blockedBy(blockers);
        }
        return transitions.move(trip, TripState.CLOSED, actor, blankToNull(note));
    }

    @Transactional
    public Trip cancel(Actor actor, UUID tripId, @Nullable String reason) {
        Trip trip = requests.visible(actor, tripId);
        boolean requester = actor.belongsTo(trip.parties().requesterId()) && actor.has(Role.SERVICE_USER_STAFF);
        boolean customs = actor.belongsTo(trip.parties().customsOfficeId()) && actor.has(Role.CUSTOMS_OFFICER);
        if (!requester && !customs) {
            throw new ForbiddenException("Only the requesting company or the customs office may cancel a trip");
        }
        Trip moved = transitions.move(trip, TripState.CANCELLED, actor, requiredReason(reason));
        setSealStatus(trip.sealId(), SealStatus.AVAILABLE);
        return moved;
    }

    private void setSealStatus(@Nullable UUID sealId, SealStatus status) {
        if (sealId != null) {
            seals.find(sealId).ifPresent(s -> seals.updateStatus(s.withStatus(status)));
        }
    }

    private void checkPreconditions(Trip trip, TripState target) {
        preconditions.orderedStream().forEach(p -> p.check(trip, target));
    }

    private static void requireCustoms(Actor actor, Trip trip) {
        if (!actor.has(Role.CUSTOMS_OFFICER) || !actor.belongsTo(trip.parties().customsOfficeId())) {
            throw new ForbiddenException("Only a customs officer of the trip's office may do this");
        }
    }

    private static void requireProvider(Actor actor, Trip trip) {
        if (!actor.has(Role.PROVIDER_STAFF) || !actor.belongsTo(trip.parties().providerId())) {
            throw new ForbiddenException("Only staff of the trip's e-seal provider may do this");
        }
    }

    private static void requireParty(Actor actor, Trip trip) {
        if (!trip.parties().worksOnTheGround(actor)) {
            throw new ForbiddenException("Only the requesting company or the e-seal provider may do this");
        }
        requireStaffRole(actor);
    }

    private static void requireStaffRole(Actor actor) {
        if (!actor.has(Role.SERVICE_USER_STAFF)
                && !actor.has(Role.PROVIDER_STAFF)
                && !actor.has(Role.CUSTOMS_OFFICER)) {
            throw new ForbiddenException("Your role may not change trips");
        }
    }

    private static String requiredReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.worded("reason", "required");
        }
        return reason.trim();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
