package id.rantai.eseal.web;

import id.rantai.eseal.document.DocumentStep;
import id.rantai.eseal.document.TripDocumentation;
import id.rantai.eseal.document.TripDocumentation.Upload;
import id.rantai.eseal.inspection.ConveyanceInspection;
import id.rantai.eseal.inspection.ConveyanceInspections;
import id.rantai.eseal.inspection.ConveyanceInspections.NewInspection;
import id.rantai.eseal.route.PlaceKind;
import id.rantai.eseal.route.RouteFile;
import id.rantai.eseal.route.RoutePlanning;
import id.rantai.eseal.route.RoutePlanning.PlaceInput;
import id.rantai.eseal.route.RoutePlanning.RoutePlanInput;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripLifecycle;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The SOP steps as forms on the trip page, each a POST that carries out the step through the same
 * services as the API and comes back to the page: done, or refused with the reason beside the
 * field it concerns (the API's field names) or above the step's form.
 */
@Controller
@ConsolePage
@RequestMapping("/console/trips/{id}")
class TripStepForms {
    private final TripLifecycle lifecycle;
    private final TripRequests requests;
    private final RoutePlanning routes;
    private final ConveyanceInspections inspections;
    private final TripDocumentation documents;
    private final OfficeZones zones;
    private final CurrentActor actor;
    private final Clock clock;

    TripStepForms(
            TripLifecycle lifecycle,
            TripRequests requests,
            RoutePlanning routes,
            ConveyanceInspections inspections,
            TripDocumentation documents,
            OfficeZones zones,
            CurrentActor actor,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.routes = routes;
        this.inspections = inspections;
        this.documents = documents;
        this.zones = zones;
        this.actor = actor;
        this.clock = clock;
    }

    /** A refused step as the page shows it: which form, which field (or none), why. */
    record Refusal(String step, @Nullable String field, String message) {}

    @PostMapping("/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, RedirectAttributes r) {
        return step(id, "approve", r, () -> lifecycle.approve(actor.get(), id, blankToNull(note)));
    }

    @PostMapping("/reject")
    String reject(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes r) {
        return step(id, "reject", r, () -> lifecycle.reject(actor.get(), id, blankToNull(reason)));
    }

    @PostMapping("/assign-seal")
    String assignSeal(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID sealId, RedirectAttributes r) {
        return step(id, "assignSeal", r, () -> {
            if (sealId == null) {
                throw new InvalidInputException("sealId", "is required: choose an available seal");
            }
            return lifecycle.assignSeal(actor.get(), id, sealId);
        });
    }

    @PostMapping("/ready")
    String ready(@PathVariable UUID id, RedirectAttributes r) {
        return step(id, "ready", r, () -> lifecycle.readyForInstallation(actor.get(), id));
    }

    @PostMapping("/install")
    String install(@PathVariable UUID id, RedirectAttributes r) {
        return step(id, "install", r, () -> lifecycle.install(actor.get(), id));
    }

    @PostMapping("/arrive")
    String arrive(@PathVariable UUID id, RedirectAttributes r) {
        return step(id, "arrive", r, () -> lifecycle.arrive(actor.get(), id));
    }

    @PostMapping("/remove")
    String remove(@PathVariable UUID id, RedirectAttributes r) {
        return step(id, "remove", r, () -> lifecycle.remove(actor.get(), id));
    }

    @PostMapping("/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, RedirectAttributes r) {
        return step(id, "close", r, () -> lifecycle.close(actor.get(), id, blankToNull(note)));
    }

    @PostMapping("/cancel")
    String cancel(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes r) {
        return step(id, "cancel", r, () -> lifecycle.cancel(actor.get(), id, blankToNull(reason)));
    }

    /** The conveyance inspection's checklist: every point ticked sound, or the container is not fit to seal. */
    @PostMapping("/inspection")
    String inspect(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String inspector,
            @RequestParam(required = false) @Nullable String remarks,
            @RequestParam(defaultValue = "false") boolean reefer,
            @RequestParam(defaultValue = "") List<String> sound,
            RedirectAttributes r) {
        return step(id, "inspect", r, () -> {
            var points = new ConveyanceInspection.Points(
                    sound.contains("frontWall"),
                    sound.contains("leftSide"),
                    sound.contains("rightSide"),
                    sound.contains("floor"),
                    sound.contains("ceilingRoof"),
                    sound.contains("doors"),
                    sound.contains("undercarriage"),
                    reefer ? sound.contains("fanHousing") : null);
            inspections.record(
                    actor.get(),
                    new NewInspection(
                            id, null, reefer, points, blankToNull(inspector), blankToNull(remarks), clock.instant()));
            return null;
        });
    }

    /** Installation or removal photos, several at once, straight from a phone's camera. */
    @PostMapping("/photos")
    String photos(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable DocumentStep step,
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(required = false) @Nullable Double latitude,
            @RequestParam(required = false) @Nullable Double longitude,
            RedirectAttributes r) {
        return step(id, "photos", r, () -> {
            List<MultipartFile> chosen = files == null
                    ? List.of()
                    : files.stream().filter(f -> !f.isEmpty()).toList();
            if (chosen.isEmpty()) {
                throw new InvalidInputException("file", "is required: take or choose at least one photo");
            }
            Actor a = actor.get();
            for (MultipartFile f : chosen) {
                try (InputStream in = f.getInputStream()) {
                    documents.upload(
                            a, id, new Upload(step, clock.instant(), latitude, longitude, f.getOriginalFilename(), in));
                } catch (IOException e) {
                    throw InvalidInputException.worded("file", "unreadableUpload", String.valueOf(e.getMessage()));
                }
            }
            return null;
        });
    }

    /**
     * The route plan from a GPX or GeoJSON file, with the places named and, when the file brings no
     * fences, a circle of the given radius around the route's first and last position.
     */
    @PostMapping("/route-plan")
    String routePlan(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile routeFile,
            @RequestParam(required = false) @Nullable String originName,
            @RequestParam(required = false) @Nullable PlaceKind originKind,
            @RequestParam(required = false) @Nullable String destinationName,
            @RequestParam(required = false) @Nullable PlaceKind destinationKind,
            @RequestParam(defaultValue = "500") int fenceRadiusMeters,
            @RequestParam(required = false) @Nullable Integer corridorWidthMeters,
            @RequestParam(required = false) @Nullable String plannedDeparture,
            @RequestParam(required = false) @Nullable Double expectedSpeedKmh,
            @RequestParam(required = false) @Nullable String drawnRoute,
            RedirectAttributes r) {
        return step(id, "routePlan", r, () -> {
            Actor a = actor.get();
            Trip trip = requests.visible(a, id);
            RouteFile.Parsed parsed;
            try {
                // A file wins; without one, the route drawn on the map (GeoJSON from the page).
                boolean file = routeFile != null && !routeFile.isEmpty();
                parsed = file
                        ? RouteFile.read(routeFile.getBytes(), routeFile.getOriginalFilename())
                        : RouteFile.read(drawnRoute == null ? null : drawnRoute.getBytes(StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new InvalidInputException("routeFile", "could not be read");
            }
            if (fenceRadiusMeters < 50 || fenceRadiusMeters > 5000) {
                throw new InvalidInputException("fenceRadiusMeters", "must be between 50 and 5000 metres");
            }
            JsonNode origin = parsed.originFence() != null
                    ? parsed.originFence()
                    : RouteFile.circleAround(parsed.route(), true, fenceRadiusMeters);
            JsonNode destination = parsed.destinationFence() != null
                    ? parsed.destinationFence()
                    : RouteFile.circleAround(parsed.route(), false, fenceRadiusMeters);
            routes.submit(
                    a,
                    id,
                    new RoutePlanInput(
                            new PlaceInput(
                                    required(originName, "origin.name"), required(originKind, "origin.kind"), origin),
                            new PlaceInput(
                                    required(destinationName, "destination.name"),
                                    required(destinationKind, "destination.kind"),
                                    destination),
                            parsed.route(),
                            corridorWidthMeters,
                            local(plannedDeparture, trip),
                            expectedSpeedKmh,
                            null));
            return null;
        });
    }

    /** A datetime-local input, read in the office's zone (the planner's clock is the office's). */
    private @Nullable Instant local(@Nullable String value, Trip trip) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value)
                    .atZone(zones.of(trip.parties().customsOfficeId()).zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("plannedDeparture", "must be a date and time");
        }
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw InvalidInputException.worded(field, "required");
        }
        return value;
    }

    private String step(UUID id, String step, RedirectAttributes r, Supplier<?> action) {
        try {
            action.get();
            r.addFlashAttribute("done", step);
        } catch (InvalidInputException e) {
            r.addFlashAttribute("refusal", new Refusal(step, e.field(), FieldErrors.reason(e)));
        } catch (StateConflictException | ForbiddenException | OptimisticLockingFailureException e) {
            r.addFlashAttribute("refusal", new Refusal(step, null, RefusalTexts.of(e)));
        }
        return "redirect:/console/trips/" + id;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
