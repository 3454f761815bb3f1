package id.rantai.monitoring.alert;

import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.monitoring.AlertRaised;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.live.LiveFeed;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts of all trips: one open alert per condition and trip (repeats update it), opened and
 * resolved automatically by the rules, acknowledged and resolved by people.
 */
@Service
public class AlertBook {
    private final JdbcAlerts alerts;
    private final ApplicationEventPublisher events;
    private final LiveFeed live;
    private final AuditTrail audit;
    private final Clock clock;

    AlertBook(JdbcAlerts alerts, ApplicationEventPublisher events, LiveFeed live, AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.events = events;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void raise(WatchedTrip trip, AlertOccurrence r) {
        raise(trip, r, false);
    }

    /**
     * @param replay the reading is evaluated again after a crash or on a new owner: an occurrence an
     *               alert has already counted (by its device time), open or ended since, is not
     *               counted or raised again
     */
    @Transactional
    public void raise(WatchedTrip trip, AlertOccurrence r, boolean replay) {
        Instant now = clock.instant();
        if (replay && alerts.counted(trip.tripId(), r.type(), r.deviceTime())) {
            // Raised before the restart or fail-over, and perhaps ended since: not news.
            return;
        }
        var existing = alerts.findOpen(trip.tripId(), r.type());
        if (existing.isPresent()) {
            Alert a = existing.get();
            if (replay && a.lastDeviceTime() != null && !r.deviceTime().isAfter(a.lastDeviceTime())) {
                return;
            }
            alerts.repeated(a.id(), now, r.deviceTime(), r.details());
            return;
        }
        Alert a = new Alert(
                UUID.randomUUID(),
                trip.tripId(),
                trip.sealId(),
                r.type(),
                r.type().severity(),
                AlertStatus.OPEN,
                trip.parties(),
                now,
                r.deviceTime(),
                now,
                1,
                Double.isNaN(r.latitude()) ? null : r.latitude(),
                Double.isNaN(r.longitude()) ? null : r.longitude(),
                r.details(),
                /* acknowledgedAt= */ null,
                /* acknowledgedBy= */ null,
                /* acknowledgeNote= */ null,
                /* resolvedAt= */ null,
                /* resolvedBy= */ null,
                /* resolveNote= */ null,
                /* version= */ 0,
                r.deviceTime());
        alerts.insert(a);
        events.publishEvent(new AlertRaised(
                a.id(),
                a.tripId(),
                a.sealId(),
                a.type(),
                a.severity(),
                a.deviceTime(),
                r.latitude(),
                r.longitude(),
                a.parties()));
        live.publishOnCommit(new LiveEvent("alert", a, a.parties()));
    }

    /** The rules found the condition over (signal back, back in the corridor, moving again). */
    @Transactional
    public void clear(WatchedTrip trip, AlertType type, String note) {
        alerts.findOpen(trip.tripId(), type).ifPresent(a -> resolveBySystem(a, note));
    }

    /** Resolves an alert whose condition ended by itself, and shows it resolved on the live stream. */
    private void resolveBySystem(Alert a, String note) {
        alerts.resolve(a, clock.instant(), "system", note);
        alerts.find(a.id()).ifPresent(resolved -> live.publishOnCommit(new LiveEvent("alert", resolved, a.parties())));
    }

    public Set<AlertType> openTypes(UUID tripId) {
        return alerts.openForTrip(tripId).stream().map(Alert::type).collect(Collectors.toSet());
    }

    @Transactional
    public Alert acknowledge(Actor actor, UUID id, @Nullable String note) {
        Alert a = visible(actor, id);
        requireResponder(actor, a);
        if (a.status() != AlertStatus.OPEN) {
            throw StateConflictException.worded(
                    a.status().name(),
                    "alertNotOpen",
                    Wording.label("alertStatus." + a.status().name()));
        }
        alerts.acknowledge(a, clock.instant(), actor.username(), note);
        record(actor, "ALERT_ACKNOWLEDGED", a, note);
        return alerts.find(id).orElseThrow();
    }

    /**
     * @param onResolved told which trip and condition were resolved, so the rules may raise it again
     *                   if it still holds
     */
    @Transactional
    public Alert resolve(Actor actor, UUID id, @Nullable String note, Consumer<Alert> onResolved) {
        Alert a = visible(actor, id);
        requireResponder(actor, a);
        if (a.status() == AlertStatus.RESOLVED) {
            throw new StateConflictException(
                    "Alert is already RESOLVED", a.status().name());
        }
        if (a.severity() == AlertSeverity.CRITICAL) {
            // A breach of the seal is customs' to close, and on the record why: a trip cannot be
            // closed while one is open, so this note is what the file will show.
            if (!isCustoms(actor)) {
                throw new ForbiddenException("A critical alert is resolved by a customs officer of the office");
            }
            if (note == null || note.isBlank()) {
                throw new InvalidInputException(
                        "note", "is required to resolve a critical alert: say what was found and done");
            }
        }
        alerts.resolve(a, clock.instant(), actor.username(), note);
        record(actor, "ALERT_RESOLVED", a, note);
        Alert resolved = alerts.find(id).orElseThrow();
        onResolved.accept(resolved);
        return resolved;
    }

    public List<Alert> search(Actor actor, @Nullable UUID tripId, @Nullable AlertStatus status, int limit) {
        if (actor.isAdmin()) {
            return alerts.search(null, null, tripId, status, limit);
        }
        if (actor.organisationKind() == null) {
            return List.of();
        }
        String column = switch (actor.organisationKind()) {
            case CUSTOMS_OFFICE -> "customs_office_id";
            case ESEAL_PROVIDER -> "provider_id";
            case SERVICE_USER -> "requester_id";
            case TRAINING_CENTRE -> null;
        };
        return column == null ? List.of() : alerts.search(column, actor.organisationId(), tripId, status, limit);
    }

    public Alert visible(Actor actor, UUID id) {
        Alert alert = alerts.find(id)
                .filter(a -> a.parties().visibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Alert", id));
        // A follow-up that names the version it read (If-Match) is checked first (see ExpectedVersion).
        ExpectedVersion.check("Alert", alert.version());
        return alert;
    }

    /** The open critical alerts of a trip, oldest first. */
    public List<Alert> openCritical(UUID tripId) {
        return alerts.openForTrip(tripId).stream()
                .filter(a -> a.severity() == AlertSeverity.CRITICAL)
                .sorted(java.util.Comparator.comparing(Alert::openedAt))
                .toList();
    }

    /**
     * The trip is over: its device-fault alerts (signal, battery, an unanswered command) end with it,
     * resolved by the system; breaches of the seal stay until a person resolves them. Its own
     * transaction: it is called once the trip's change has committed.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void tripEnded(UUID tripId, String how) {
        for (Alert a : alerts.openForTrip(tripId)) {
            if (a.type().deviceFault()) {
                resolveBySystem(a, "the trip was " + how);
            }
        }
    }

    private static boolean isCustoms(Actor actor) {
        return actor.has(Role.CUSTOMS_OFFICER) && actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE);
    }

    /** Whether the person may acknowledge and resolve this alert (the console shows the buttons only then). */
    public static boolean mayRespond(Actor actor, Alert a) {
        return isCustoms(actor)
                || actor.has(Role.PROVIDER_STAFF) && actor.belongsTo(a.parties().providerId());
    }

    /** Customs officers and the provider answer alerts; the company sees them. */
    private static void requireResponder(Actor actor, Alert a) {
        if (!mayRespond(actor, a)) {
            throw new ForbiddenException("Only customs officers and the seal's provider follow up alerts");
        }
    }

    private void record(Actor actor, String action, Alert a, @Nullable String note) {
        audit.record(actor.auditEntry(
                clock.instant(), action, "ALERT", a.id(), a.type() + (note == null ? "" : ": " + note)));
    }
}
