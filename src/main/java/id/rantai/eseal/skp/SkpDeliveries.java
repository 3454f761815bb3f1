package id.rantai.eseal.skp;

import id.rantai.eseal.skp.SkpDelivery.Status;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who sees what went to SKP: everyone who may see a trip sees its deliveries; customs officers see
 * their office's queue and may send a FAILED delivery again (as may platform administrators).
 */
@Service
public class SkpDeliveries {
    private final JdbcSkpDeliveries deliveries;
    private final TripRequests trips;
    private final Clock clock;

    SkpDeliveries(JdbcSkpDeliveries deliveries, TripRequests trips, Clock clock) {
        this.deliveries = deliveries;
        this.trips = trips;
        this.clock = clock;
    }

    public List<SkpDelivery> ofTrip(Actor actor, UUID tripId) {
        trips.visible(actor, tripId);
        return deliveries.ofTrip(tripId);
    }

    public List<SkpDelivery> list(Actor actor, @Nullable Status status, int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.worded("limit", "between", 1, 1000);
        }
        if (actor.isAdmin()) {
            return deliveries.list(status, null, limit);
        }
        if (!actor.has(Role.CUSTOMS_OFFICER) || actor.organisationId() == null) {
            throw new ForbiddenException(
                    "The SKP queue is for customs officers; a trip's deliveries are shown with the trip");
        }
        return deliveries.list(status, actor.organisationId(), limit);
    }

    public SkpDelivery retry(Actor actor, long id) {
        SkpDelivery d = deliveries.find(id).orElseThrow(() -> new NotFoundException("SKP delivery", id));
        Trip trip;
        try {
            trip = trips.visible(actor, d.tripId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("SKP delivery", id);
        }
        if (!actor.isAdmin()
                && !(actor.has(Role.CUSTOMS_OFFICER)
                        && actor.belongsTo(trip.parties().customsOfficeId()))) {
            throw new ForbiddenException("A customs officer of the trip's office sends a failed delivery again");
        }
        if (!deliveries.retry(id, clock.instant())) {
            throw StateConflictException.worded(
                    d.status().name(),
                    "skpNotFailed",
                    Wording.label("skpStatus." + d.status().name()));
        }
        return deliveries.find(id).orElseThrow();
    }
}
