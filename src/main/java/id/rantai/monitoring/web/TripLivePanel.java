package id.rantai.monitoring.web;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.alert.Alert;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.command.SealCommand;
import id.rantai.monitoring.command.SealCommands;
import id.rantai.monitoring.rules.TripMonitor;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.RefusalTexts;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Monitoring's part of the trip page, loaded into it by htmx and refreshed from the live stream:
 * the seal's latest report, the trip's alerts, its lock and unlock commands — and, for those who
 * may, the buttons to send one (a customs officer unlocking away from the destination gives the
 * override reason the SOP asks for).
 */
@Controller
@ConsolePage
@RequestMapping("/console/trips/{id}/live")
class TripLivePanel {
    private final MonitoredTrips trips;
    private final TripMonitors monitors;
    private final AlertBook alerts;
    private final SealCommands commands;
    private final Organisations organisations;
    private final CurrentActor actor;

    TripLivePanel(
            MonitoredTrips trips,
            TripMonitors monitors,
            AlertBook alerts,
            SealCommands commands,
            Organisations organisations,
            CurrentActor actor) {
        this.trips = trips;
        this.monitors = monitors;
        this.alerts = alerts;
        this.commands = commands;
        this.organisations = organisations;
        this.actor = actor;
    }

    /** The latest report as the panel shows it. */
    record Latest(String at, int battery, String lockState, boolean clockValid, double latitude, double longitude) {}

    /** An alert of the trip. */
    record AlertLine(UUID id, String type, String severity, AlertStatus status, String openedAt) {}

    /** A command and how it went. */
    record CommandLine(
            SealCommand.Kind kind,
            SealCommand.Status status,
            String requestedBy,
            String at,
            @Nullable String overrideReason,
            @Nullable String result) {}

    @GetMapping
    String panel(@PathVariable UUID id, Model model) {
        return render(id, model, null);
    }

    @PostMapping("/lock")
    String lock(@PathVariable UUID id, Model model) {
        return command(id, model, () -> commands.lock(actor.get(), id));
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable UUID id, @RequestParam(required = false) @Nullable String overrideReason, Model model) {
        return command(
                id,
                model,
                () -> commands.unlock(
                        actor.get(),
                        id,
                        overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim()));
    }

    private String command(UUID id, Model model, Runnable send) {
        String refusal = null;
        try {
            send.run();
        } catch (StateConflictException | ForbiddenException e) {
            refusal = RefusalTexts.of(e);
        }
        return render(id, model, refusal);
    }

    private String render(UUID id, Model model, @Nullable String refusal) {
        Actor a = actor.get();
        var trip = trips.find(id)
                .filter(t -> t.parties().visibleTo(a))
                .orElseThrow(() -> new NotFoundException("Trip", id));
        OfficeTimeZone zone = organisations.timeZoneOf(trip.parties().customsOfficeId());
        TripMonitor monitor = monitors.view(id).orElse(null);
        Reading r = monitor == null ? null : monitor.latest();
        model.addAttribute("tripId", id);
        model.addAttribute("watched", monitor != null);
        model.addAttribute(
                "latest",
                r == null
                        ? null
                        : new Latest(
                                ConsoleDates.dateTime(r.deviceTime(), zone),
                                r.batteryPercent(),
                                r.lockState().name(),
                                r.clockValid(),
                                r.latitude(),
                                r.longitude()));
        List<Alert> list = alerts.search(a, id, null, 50);
        model.addAttribute(
                "alerts",
                list.stream()
                        .map(x -> new AlertLine(
                                x.id(),
                                x.type().name(),
                                x.severity().name(),
                                x.status(),
                                ConsoleDates.dateTime(x.openedAt(), zone)))
                        .toList());
        model.addAttribute(
                "commands",
                commands.forTrip(a, id).stream()
                        .map(c -> new CommandLine(
                                c.kind(),
                                c.status(),
                                c.requestedBy(),
                                ConsoleDates.dateTime(c.requestedAt(), zone),
                                c.overrideReason(),
                                c.resultDetail()))
                        .toList());
        boolean customs =
                a.has(Role.CUSTOMS_OFFICER) && a.belongsTo(trip.parties().customsOfficeId());
        boolean party = a.belongsTo(trip.parties().providerId())
                || a.belongsTo(trip.parties().requesterId())
                || customs;
        model.addAttribute("mayCommand", party && monitor != null);
        model.addAttribute("customs", customs);
        model.addAttribute("refusal", refusal);
        return "monitoring/trip-live :: panel";
    }
}
