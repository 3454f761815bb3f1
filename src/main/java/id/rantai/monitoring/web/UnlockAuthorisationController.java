package id.rantai.monitoring.web;

import id.rantai.eseal.MonitoredTrip;
import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.monitoring.UnlockMethod;
import id.rantai.monitoring.rules.JdbcUnlockPolicies;
import id.rantai.monitoring.rules.MonitorInstruction;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.monitoring.rules.UnlockPolicy;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unlock methods and RFID cards a trip accepts at its destination, named by the customs office
 * or the requesting company (whose staff hold the cards at the destination).
 */
@RestController
class UnlockAuthorisationController {
    private final JdbcUnlockPolicies policies;
    private final MonitoredTrips trips;
    private final TripMonitors monitors;
    private final CurrentActor actor;

    UnlockAuthorisationController(
            JdbcUnlockPolicies policies, MonitoredTrips trips, TripMonitors monitors, CurrentActor actor) {
        this.policies = policies;
        this.trips = trips;
        this.monitors = monitors;
        this.actor = actor;
    }

    static final int MAX_CARDS = 100;

    record Authorisation(
            @Size(max = 4) Set<UnlockMethod> methods,
            @Size(max = 100) Set<@Size(max = 64) String> rfidCards) {}

    /** Who may unlock the trip's seal, and how (app, RFID card, Bluetooth, remote command). */
    @GetMapping("/api/v1/trips/{id}/unlock-authorisation")
    UnlockPolicy get(@PathVariable UUID id) {
        visible(actor.get(), id);
        return policies.forTrip(id);
    }

    /** Sets who may unlock the trip's seal and how. A customs officer of the trip's office. */
    @PutMapping("/api/v1/trips/{id}/unlock-authorisation")
    UnlockPolicy put(@PathVariable UUID id, @Valid @RequestBody Authorisation body) {
        Actor a = actor.get();
        MonitoredTrip t = visible(a, id);
        boolean customs = a.has(Role.CUSTOMS_OFFICER) && a.belongsTo(t.parties().customsOfficeId());
        boolean requester =
                a.has(Role.SERVICE_USER_STAFF) && a.belongsTo(t.parties().requesterId());
        if (!customs && !requester) {
            throw new ForbiddenException("Only the customs office or the requesting company authorise unlocks");
        }
        Set<UnlockMethod> methods = body.methods() == null ? Set.of() : body.methods();
        if (methods.contains(UnlockMethod.REMOTE)) {
            throw InvalidInputException.worded("methods", "remoteNotPerTrip");
        }
        Set<String> cards = body.rfidCards() == null ? Set.of() : body.rfidCards();
        // A trip's unlock is by the few staff at its destination; a list of thousands is a mistake.
        if (cards.size() > MAX_CARDS) {
            throw InvalidInputException.worded("rfidCards", "tooManyItems", MAX_CARDS);
        }
        for (String card : cards) {
            if (card == null || card.isBlank() || card.length() > 64) {
                throw new InvalidInputException("rfidCards", "each card number must be 1-64 characters");
            }
        }
        if (!cards.isEmpty() && !methods.contains(UnlockMethod.RFID)) {
            methods = new java.util.HashSet<>(methods);
            methods.add(UnlockMethod.RFID);
        }
        UnlockPolicy saved = policies.save(id, new UnlockPolicy(methods, cards));
        monitors.instruct(t.sealId(), new MonitorInstruction.UnlockPolicyChanged(id));
        return saved;
    }

    private MonitoredTrip visible(Actor a, UUID id) {
        return trips.find(id)
                .filter(t -> t.parties().visibleTo(a))
                .orElseThrow(() -> new NotFoundException("Trip with a route plan", id));
    }
}
