package id.rantai.eseal.trip;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.eseal.TripState;
import id.rantai.eseal.TripStateChanged;
import id.rantai.identity.Actor;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a trip changes state: it checks the move, saves it, records who and when in the
 * trip's history and the audit trail, and publishes {@link TripStateChanged} — all in the caller's
 * transaction, so the event is published if and only if the change is committed.
 */
@Component
public class TripTransitions {
    private final JdbcTrips trips;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TripTransitions(JdbcTrips trips, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.trips = trips;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param actor null when the system moves the trip (for example arrival detected from telemetry)
     */
    public Trip move(Trip trip, TripState target, @Nullable Actor actor, @Nullable String note) {
        return move(trip, target, actor, note, clock.instant());
    }

    /**
     * A move that happened at a known moment before it was recorded — a departure or arrival seen in
     * a seal's reading, at the reading's device time. History and event carry that moment (the SOP's
     * norms run from when the container arrived, not from when Rantai heard of it); the audit trail
     * records when the change was made.
     */
    public Trip move(Trip trip, TripState target, @Nullable Actor actor, @Nullable String note, Instant happenedAt) {
        Instant now = clock.instant();
        Trip moved = trips.update(trip.moveTo(target, now, note));
        String actorName = actor == null ? "system" : actor.username();
        trips.insertTransition(
                trip.id(),
                new JdbcTrips.Transition(
                        trip.state(), target, actor == null ? null : actor.userId(), actorName, happenedAt, note));
        audit.record(new AuditRecord(
                now,
                actor == null ? null : actor.userId(),
                actorName,
                actor == null ? null : actor.organisationId(),
                "TRIP_" + target.name(),
                "TRIP",
                trip.id(),
                trip.state() + " -> " + target + (note == null ? "" : ": " + note)
                        + (happenedAt.equals(now) ? "" : " (at " + happenedAt + ")")));
        events.publishEvent(new TripStateChanged(
                trip.id(),
                trip.reference(),
                trip.state(),
                target,
                happenedAt,
                actor == null ? null : actor.userId(),
                trip.parties(),
                moved.sealId()));
        return moved;
    }

    /** Records the creation of a trip in its history, the audit trail and as an event. */
    void created(Trip trip, Actor actor) {
        trips.insertTransition(
                trip.id(),
                new JdbcTrips.Transition(null, trip.state(), actor.userId(), actor.username(), trip.createdAt(), null));
        audit.record(actor.auditEntry(
                trip.createdAt(),
                "TRIP_REQUESTED",
                "TRIP",
                trip.id(),
                "container " + trip.containerNumber() + ", " + trip.legalBasis().documentType() + " "
                        + trip.legalBasis().number()));
        events.publishEvent(new TripStateChanged(
                trip.id(),
                trip.reference(),
                null,
                trip.state(),
                trip.createdAt(),
                actor.userId(),
                trip.parties(),
                null));
    }
}
