package id.rantai.monitoring.command;

import id.rantai.audit.AuditTrail;
import id.rantai.eseal.TripState;
import id.rantai.identity.Actor;
import id.rantai.identity.BusinessRole;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.alert.AlertOccurrence;
import id.rantai.monitoring.alert.WatchedTrip;
import id.rantai.monitoring.rules.MonitorInstruction;
import id.rantai.monitoring.rules.TripMonitor;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remote lock and unlock under control. An unlock is allowed to the carrier's or TPS operator's
 * staff of the requesting company, or a customs officer of the office, only when the trip has
 * arrived and the seal's last valid fix is inside the destination fence; anywhere else only a
 * customs officer may override, with a recorded reason. Every attempt, allowed or refused, is in the
 * audit trail; a refusal raises an alert; a command the seal does not answer in time is reported.
 */
@Service
public class SealCommands {
    private static final Set<BusinessRole> AT_DESTINATION = Set.of(BusinessRole.CARRIER, BusinessRole.TPS_OPERATOR);

    private final TripMonitors monitors;
    private final Organisations organisations;
    private final AlertBook alerts;
    private final AuditTrail audit;
    private final ObjectProvider<CommandChannel> channel;
    private final JdbcSealCommands commands;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration timeout;

    SealCommands(
            TripMonitors monitors,
            Organisations organisations,
            AlertBook alerts,
            AuditTrail audit,
            ObjectProvider<CommandChannel> channel,
            JdbcSealCommands commands,
            TransactionTemplate tx,
            Clock clock,
            @Value("${rantai.monitoring.command-timeout:PT2M}") Duration timeout) {
        this.monitors = monitors;
        this.organisations = organisations;
        this.alerts = alerts;
        this.audit = audit;
        this.channel = channel;
        this.commands = commands;
        this.tx = tx;
        this.clock = clock;
        this.timeout = timeout;
    }

    public SealCommand unlock(Actor actor, UUID tripId, @Nullable String overrideReason) {
        TripMonitor monitor = visible(actor, tripId);
        WatchedTrip trip = monitor.trip();
        boolean customs = actor.has(Role.CUSTOMS_OFFICER)
                && actor.belongsTo(trip.parties().customsOfficeId());
        boolean destinationStaff = actor.has(Role.SERVICE_USER_STAFF)
                && actor.belongsTo(trip.parties().requesterId())
                && organisations
                        .find(trip.parties().requesterId())
                        .map(Organisation::businessRoles)
                        .map(roles -> roles.stream().anyMatch(AT_DESTINATION::contains))
                        .orElse(false);
        if (!customs && !destinationStaff) {
            throw new ForbiddenException(
                    "Only the carrier's or TPS operator's staff at the destination, or a customs officer, may unlock");
        }
        double[] fix = monitor.lastFix();
        boolean atDestination = monitor.state() == TripState.ARRIVED
                && fix != null
                && trip.destination().contains(fix[0], fix[1]);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim();
        if (!atDestination && !(customs && reason != null)) {
            String why = monitor.state() != TripState.ARRIVED
                    ? "the trip is " + monitor.state() + ", not ARRIVED"
                    : fix == null
                            ? "the seal has reported no valid position"
                            : "the seal's last position is outside the destination";
            record(actor, "UNLOCK_REFUSED", tripId, why);
            alerts.raise(
                    trip,
                    new AlertOccurrence(
                            AlertType.UNLOCK_REFUSED,
                            clock.instant(),
                            fix == null ? Double.NaN : fix[0],
                            fix == null ? Double.NaN : fix[1],
                            "unlock asked by " + actor.username() + " refused: " + why));
            throw monitor.state() != TripState.ARRIVED
                    ? StateConflictException.worded(
                            monitor.state().name(),
                            customs ? "unlockNotArrivedOverridable" : "unlockNotArrived",
                            Wording.label("tripState." + monitor.state().name()))
                    : StateConflictException.worded(
                            monitor.state().name(),
                            customs ? "unlockRefusedOverridable" : "unlockRefused",
                            Wording.label(
                                    fix == null ? "refusal.unlock.noPosition" : "refusal.unlock.outsideDestination"));
        }
        // Expected before the command leaves, so that a fast seal's report of it is never taken for a
        // forced unlock. Its report names no method or the remote one (an OsmAnd alarm, a JT701 P45
        // without a card); one naming a card or another method is still judged by the trip's policy.
        Instant now = clock.instant();
        UUID commandId = UUID.randomUUID();
        monitors.instruct(
                trip.sealId(), new MonitorInstruction.UnlockExpected(tripId, commandId, now, now.plus(timeout)));
        return create(commandId, actor, trip, SealCommand.Kind.UNLOCK, atDestination ? null : reason);
    }

    public SealCommand lock(Actor actor, UUID tripId) {
        TripMonitor monitor = visible(actor, tripId);
        WatchedTrip trip = monitor.trip();
        if (!trip.parties().isParty(actor)
                || !(actor.has(Role.CUSTOMS_OFFICER)
                        || actor.has(Role.PROVIDER_STAFF)
                        || actor.has(Role.SERVICE_USER_STAFF))) {
            throw new ForbiddenException("Your role may not lock seals");
        }
        return create(UUID.randomUUID(), actor, trip, SealCommand.Kind.LOCK, null);
    }

    public List<SealCommand> forTrip(Actor actor, UUID tripId) {
        visible(actor, tripId);
        return commands.ofTrip(tripId);
    }

    @EventListener
    void on(CommandResultReceived r) {
        SealCommand.Status status = r.success() ? SealCommand.Status.SUCCEEDED : SealCommand.Status.FAILED;
        boolean updated = commands.finish(r.commandId(), status, clock.instant(), r.detail());
        if (updated && !r.success()) {
            // A seal that says it did not unlock and then reports an unlock was not unlocked by Rantai.
            commands.tripOf(r.commandId())
                    .flatMap(monitors::view)
                    .ifPresent(m -> monitors.instruct(
                            m.trip().sealId(),
                            new MonitorInstruction.UnlockFailed(m.trip().tripId(), r.commandId())));
        }
    }

    /** Commands the seal never answered: reported once, as an alert on the trip. */
    @Scheduled(fixedDelayString = "${rantai.monitoring.check-interval:PT5S}")
    public void timeouts() {
        Instant now = clock.instant();
        List<SealCommand> overdue = commands.sentAndDueBefore(now);
        for (SealCommand c : overdue) {
            boolean moved = commands.finish(c.id(), SealCommand.Status.TIMED_OUT, now, null);
            if (moved) {
                monitors.view(c.tripId())
                        .ifPresent(m -> alerts.raise(
                                m.trip(),
                                new AlertOccurrence(
                                        AlertType.COMMAND_TIMEOUT,
                                        now,
                                        Double.NaN,
                                        Double.NaN,
                                        c.kind() + " command sent at " + c.requestedAt() + " got no result")));
            }
        }
    }

    private SealCommand create(
            UUID id, Actor actor, WatchedTrip trip, SealCommand.Kind kind, @Nullable String overrideReason) {
        Instant now = clock.instant();
        SealCommand c = new SealCommand(
                id,
                trip.sealId(),
                trip.tripId(),
                kind,
                SealCommand.Status.SENT,
                actor.username(),
                actor.organisationId(),
                now,
                overrideReason,
                now.plus(timeout),
                null,
                null);
        tx.executeWithoutResult(status -> {
            commands.insert(c);
            record(
                    actor,
                    kind + "_SENT",
                    trip.tripId(),
                    overrideReason == null ? null : "customs override: " + overrideReason);
        });
        // Without a channel (MQTT switched off) the command waits for its timeout and is reported.
        channel.ifAvailable(ch -> ch.send(trip.sealSerial(), c));
        return c;
    }

    private TripMonitor visible(Actor actor, UUID tripId) {
        TripMonitor m = monitors.view(tripId).orElseThrow(() -> new NotFoundException("Sealed trip", tripId));
        WatchedTrip t = m.trip();
        if (!t.parties().visibleTo(actor)) {
            throw new NotFoundException("Sealed trip", tripId);
        }
        return m;
    }

    private void record(Actor actor, String action, UUID tripId, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "TRIP", tripId, details));
    }
}
