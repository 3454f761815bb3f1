package id.rantai.eseal.web;

import id.rantai.eseal.disruption.Disruption;
import id.rantai.eseal.disruption.DisruptionCategory;
import id.rantai.eseal.disruption.DisruptionDesk;
import id.rantai.eseal.disruption.DisruptionDesk.NewReport;
import id.rantai.eseal.disruption.DisruptionStatus;
import id.rantai.eseal.norm.NormOutcome;
import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsoleDates;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
 * Laporan kendala: disruption reports (a seal that misbehaves, a lost connection, the system down)
 * with their follow-up — reported by anyone on the trip, acknowledged and resolved by the seal's
 * provider within the SOP's norms, which run from the report and show on the trip page and the
 * norms report.
 */
@Controller
@ConsolePage
@RequestMapping("/console/disruptions")
class DisruptionDeskPage {
    private final DisruptionDesk desk;
    private final JdbcTrips trips;
    private final OfficeZones zones;
    private final CurrentActor actor;
    private final NormReports norms;
    private final Clock clock;

    DisruptionDeskPage(
            DisruptionDesk desk,
            JdbcTrips trips,
            OfficeZones zones,
            CurrentActor actor,
            NormReports norms,
            Clock clock) {
        this.desk = desk;
        this.trips = trips;
        this.zones = zones;
        this.actor = actor;
        this.norms = norms;
        this.clock = clock;
    }

    /** One report as the desk shows it. */
    record Row(
            UUID id,
            @Nullable UUID tripId,
            @Nullable String trip,
            DisruptionCategory category,
            String description,
            DisruptionStatus status,
            String reportedAt,
            @Nullable String resolution,
            boolean mayFollowUp,
            List<NormState> norms) {}

    /** One of the report's SOP norms: its outcome, or the minutes left (negative: overdue). */
    record NormState(
            String norm, NormOutcome outcome, @Nullable Long minutesLeft) {}

    /** A refused follow-up, shown on its report's row. */
    record Refusal(UUID id, String message) {}

    /** @param tripId a trip to report on, when the desk is opened from the trip's page */
    @GetMapping
    String desk(@RequestParam(required = false) @Nullable UUID tripId, Model model) {
        return page(model, FieldErrors.none(), tripId, null, null);
    }

    @PostMapping
    String report(
            @RequestParam(required = false) @Nullable UUID tripId,
            @RequestParam(required = false) @Nullable DisruptionCategory category,
            @RequestParam(required = false) @Nullable String description,
            Model model) {
        try {
            desk.report(
                    actor.get(),
                    new NewReport(tripId, null, category, description == null ? null : description.trim()));
            model.addAttribute("reported", true);
            return page(model, FieldErrors.none(), null, null, null);
        } catch (InvalidInputException e) {
            return page(model, FieldErrors.of(e), tripId, category, description);
        }
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, Model model) {
        return followUp(id, model, () -> desk.acknowledge(actor.get(), id));
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String resolution, Model model) {
        return followUp(
                id,
                model,
                () -> desk.resolve(
                        actor.get(), id, resolution == null || resolution.isBlank() ? null : resolution.trim()));
    }

    private String followUp(UUID id, Model model, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | StateConflictException | ForbiddenException e) {
            model.addAttribute(
                    "refusal",
                    new Refusal(id, e instanceof InvalidInputException i ? FieldErrors.reason(i) : RefusalTexts.of(e)));
        }
        return page(model, FieldErrors.none(), null, null, null);
    }

    private String page(
            Model model,
            FieldErrors errors,
            @Nullable UUID tripId,
            @Nullable DisruptionCategory category,
            @Nullable String description) {
        Actor a = actor.get();
        boolean provider = a.has(Role.PROVIDER_STAFF);
        Instant now = clock.instant();
        List<Row> rows = desk.list(a).stream()
                .sorted(Comparator.comparing(Disruption::reportedAt).reversed())
                .map(d -> {
                    var trip =
                            d.tripId() == null ? null : trips.find(d.tripId()).orElse(null);
                    OfficeTimeZone zone = d.officeId() == null ? OfficeTimeZone.WIB : zones.of(d.officeId());
                    return new Row(
                            d.id(),
                            d.tripId(),
                            trip == null ? null : trip.reference(),
                            d.category(),
                            d.description(),
                            d.status(),
                            ConsoleDates.dateTime(d.reportedAt(), zone),
                            d.resolution(),
                            provider && a.belongsTo(d.providerId()) && d.status() != DisruptionStatus.RESOLVED,
                            norms.forDisruption(d.id()).stream()
                                    .map(n -> new NormState(
                                            n.norm().name(),
                                            n.outcome(),
                                            n.outcome() == NormOutcome.PENDING
                                                    ? Duration.between(now, n.dueAt())
                                                            .toMinutes()
                                                    : null))
                                    .toList());
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("categories", DisruptionCategory.values());
        model.addAttribute("errors", errors);
        model.addAttribute("tripId", tripId);
        model.addAttribute("category", category);
        model.addAttribute("description", description);
        return "eseal/disruptions";
    }
}
