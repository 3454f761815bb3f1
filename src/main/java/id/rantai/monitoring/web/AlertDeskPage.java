package id.rantai.monitoring.web;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisations;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.AlertType;
import id.rantai.monitoring.alert.Alert;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.alert.WatchedTrip;
import id.rantai.monitoring.rules.MonitorInstruction;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alert desk: the open alerts a person may see, worst and oldest first, each with its trip and
 * seal, when it opened in the office's zone and how long ago, and — for customs officers and the
 * seal's provider — acknowledge and resolve with a note. The page refreshes its rows when the live
 * stream brings an alert (console.js), and announces a new critical one.
 */
@Controller
@ConsolePage
@RequestMapping("/console/alerts")
class AlertDeskPage {
    private static final int LIMIT = 500;

    private final AlertBook alerts;
    private final TripMonitors monitors;
    private final MonitoredTrips trips;
    private final Organisations organisations;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    AlertDeskPage(
            AlertBook alerts,
            TripMonitors monitors,
            MonitoredTrips trips,
            Organisations organisations,
            CurrentActor actor,
            MessageSource messages,
            Clock clock) {
        this.alerts = alerts;
        this.monitors = monitors;
        this.trips = trips;
        this.organisations = organisations;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * One alert as the desk shows it.
     *
     * @param error a message for the note field after a refused action, else null
     */
    record Row(
            UUID id,
            UUID tripId,
            String reference,
            String seal,
            String type,
            AlertSeverity severity,
            AlertStatus status,
            String openedAt,
            String age,
            int occurrences,
            @Nullable String details,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean canRespond,
            @Nullable String error) {}

    @GetMapping
    String desk(
            @RequestParam(required = false) @Nullable AlertSeverity severity,
            @RequestParam(required = false) @Nullable AlertType type,
            @RequestParam(required = false) @Nullable String trip,
            Model model) {
        model.addAttribute("rows", rows(severity, type, trip));
        model.addAttribute("severity", severity);
        model.addAttribute("type", type);
        model.addAttribute("trip", trip);
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("alertTypes", AlertType.values());
        return "monitoring/alerts";
    }

    /** The rows alone, for the page to refresh when the live stream brings an alert. */
    @GetMapping("/rows")
    String rowsOnly(
            @RequestParam(required = false) @Nullable AlertSeverity severity,
            @RequestParam(required = false) @Nullable AlertType type,
            @RequestParam(required = false) @Nullable String trip,
            Model model) {
        model.addAttribute("rows", rows(severity, type, trip));
        return "monitoring/alerts :: rows";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
        return act(id, model, a -> alerts.acknowledge(actor.get(), id, blankToNull(note)));
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
        return act(
                id,
                model,
                a -> alerts.resolve(
                        actor.get(),
                        id,
                        blankToNull(note),
                        resolved -> monitors.instruct(
                                resolved.sealId(),
                                new MonitorInstruction.AlertResolved(resolved.tripId(), resolved.type()))));
    }

    /** Carries out an action and answers the alert's row, with the reason next to the note if it was refused. */
    private String act(UUID id, Model model, java.util.function.Consumer<Alert> action) {
        Actor a = actor.get();
        Alert alert = alerts.visible(a, id);
        String error = null;
        try {
            action.accept(alert);
        } catch (InvalidInputException e) {
            error = message("error.noteRequired");
        } catch (ForbiddenException e) {
            error = message("error.forbidden");
        } catch (StateConflictException | OptimisticLockingFailureException e) {
            error = message("error.conflict");
        }
        Alert now = alerts.visible(a, id);
        model.addAttribute("row", row(a, now, new Cache(), error));
        return now.status() == AlertStatus.RESOLVED && error == null
                ? "monitoring/alert-rows :: resolved"
                : "monitoring/alert-rows :: row";
    }

    /** Open and acknowledged alerts, by severity, type and (part of) the trip's reference or seal. */
    private List<Row> rows(@Nullable AlertSeverity severity, @Nullable AlertType type, @Nullable String trip) {
        String wanted = trip == null || trip.isBlank() ? null : trip.trim().toUpperCase(Locale.ROOT);
        Actor a = actor.get();
        List<Alert> open = new ArrayList<>(alerts.search(a, null, AlertStatus.OPEN, LIMIT));
        open.addAll(alerts.search(a, null, AlertStatus.ACKNOWLEDGED, LIMIT));
        Cache cache = new Cache();
        return open.stream()
                .filter(x -> severity == null || x.severity() == severity)
                .filter(x -> type == null || x.type() == type)
                .sorted(Comparator.comparing(Alert::severity).thenComparing(Alert::openedAt))
                .map(x -> row(a, x, cache, null))
                .filter(r -> wanted == null
                        || r.reference().toUpperCase(Locale.ROOT).contains(wanted)
                        || r.seal().toUpperCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** Trips and office zones looked up once per page. */
    private final class Cache {
        final Map<UUID, String[]> trip = new HashMap<>();
        final Map<UUID, OfficeTimeZone> zone = new HashMap<>();
    }

    private Row row(Actor a, Alert x, Cache cache, @Nullable String error) {
        String[] t = cache.trip.computeIfAbsent(
                x.tripId(),
                id -> monitors.byTrip(id)
                        .map(m -> {
                            WatchedTrip w = m.trip();
                            return new String[] {w.reference(), w.sealSerial()};
                        })
                        .or(() -> trips.find(id).map(m -> new String[] {m.reference(), m.sealSerial()}))
                        .orElse(new String[] {"—", "—"}));
        OfficeTimeZone zone = cache.zone.computeIfAbsent(x.parties().customsOfficeId(), organisations::timeZoneOf);
        String opened = ConsoleDates.dateTime(x.openedAt(), zone);
        return new Row(
                x.id(),
                x.tripId(),
                t[0],
                t[1],
                x.type().name(),
                x.severity(),
                x.status(),
                opened,
                age(x.openedAt()),
                x.occurrences(),
                x.details(),
                x.latitude(),
                x.longitude(),
                AlertBook.mayRespond(a, x),
                error);
    }

    private String age(Instant openedAt) {
        long minutes = Math.max(0, Duration.between(openedAt, clock.instant()).toMinutes());
        return minutes < 60 ? message("alerts.minutes", minutes) : message("alerts.hours", minutes / 60, minutes % 60);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
