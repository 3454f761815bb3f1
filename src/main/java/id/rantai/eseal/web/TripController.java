package id.rantai.eseal.web;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.eseal.TripState;
import id.rantai.eseal.norm.NormDeadline;
import id.rantai.eseal.norm.NormReports;
import id.rantai.eseal.trip.JdbcTrips;
import id.rantai.eseal.trip.LegalBasis;
import id.rantai.eseal.trip.Trip;
import id.rantai.eseal.trip.TripLifecycle;
import id.rantai.eseal.trip.TripRequests;
import id.rantai.eseal.trip.TripRequests.NewRequest;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.Page;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** E-seal requests and the trip lifecycle. Each SOP step is its own POST, named for the step. */
@RestController
@RequestMapping("/api/v1/trips")
class TripController {
    private final TripRequests requests;
    private final TripLifecycle lifecycle;
    private final JdbcTrips trips;
    private final NormReports norms;
    private final AuditTrail audit;
    private final OfficeZones zones;
    private final CurrentActor actor;

    TripController(
            TripRequests requests,
            TripLifecycle lifecycle,
            JdbcTrips trips,
            NormReports norms,
            AuditTrail audit,
            OfficeZones zones,
            CurrentActor actor) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.trips = trips;
        this.norms = norms;
        this.audit = audit;
        this.zones = zones;
        this.actor = actor;
    }

    record CreateTrip(
            @Size(max = 20) @NotBlank @Schema(example = "MSKU1234565", description = "ISO 6346, check digit included")
            String containerNumber,

            @Valid LegalBasis legalBasis,
            @NotNull UUID providerId,
            UUID customsOfficeId) {}

    record Note(@Size(max = 1000) String note) {}

    record Reason(@Size(max = 1000) String reason) {}

    record SealAssignment(@NotNull UUID sealId) {}

    record HistoryEntry(
            @Nullable TripState from,
            TripState to,
            String actor,
            Instant at,
            OffsetDateTime atLocal,
            @Nullable String note) {}

    /**
     * Requests an e-seal trip under an approval document (BC 1.2, PLP...). A service-user company; the trip starts
     * REQUESTED.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TripView request(@Valid @RequestBody CreateTrip body) {
        return view(requests.request(
                actor.get(),
                new NewRequest(body.containerNumber(), body.legalBasis(), body.providerId(), body.customsOfficeId())));
    }

    /** A page of the trips the caller may see, the newest first, by state and container (limit, offset, X-Total-Count, Link). */
    @GetMapping
    ResponseEntity<List<TripView>> list(
            @RequestParam(required = false) TripState state,
            @RequestParam(required = false) String containerNumber,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        Page<Trip> page = requests.page(actor.get(), state, containerNumber, paging.limit(), paging.offset());
        return paging.answer(new Page<>(page.items().stream().map(this::view).toList(), page.total()), request);
    }

    /** With its version as ETag; If-None-Match with that ETag answers 304. */
    @GetMapping("/{id}")
    ResponseEntity<TripView> get(@PathVariable UUID id, WebRequest request) {
        Trip t = requests.visible(actor.get(), id);
        if (request.checkNotModified(etag(t))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(t)).build();
        }
        return tagged(t);
    }

    /** The trip's state changes, oldest first, with who made each and why. */
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        Trip trip = requests.visible(actor.get(), id);
        OfficeTimeZone zone = zones.of(trip.parties().customsOfficeId());
        return trips.transitions(id).stream()
                .map(t -> new HistoryEntry(
                        t.from(),
                        t.to(),
                        t.actorName(),
                        t.at(),
                        t.at().atZone(zone.zone()).toOffsetDateTime(),
                        t.note()))
                .toList();
    }

    /** The trip's audit trail: every change made to it. */
    @GetMapping("/{id}/audit")
    List<AuditRecord> audit(@PathVariable UUID id) {
        requests.visible(actor.get(), id);
        return audit.forSubject(id);
    }

    /** The trip's SOP time norms: each deadline, when it was met or breached. */
    @GetMapping("/{id}/norms")
    List<NormDeadline> norms(@PathVariable UUID id) {
        requests.visible(actor.get(), id);
        return norms.forTrip(id);
    }

    /** A customs officer of the trip's office approves the request. */
    @PostMapping("/{id}/approve")
    ResponseEntity<TripView> approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
        return tagged(lifecycle.approve(actor.get(), id, body == null ? null : body.note()));
    }

    /** A customs officer rejects the request, with the reason. */
    @PostMapping("/{id}/reject")
    ResponseEntity<TripView> reject(@PathVariable UUID id, @Valid @RequestBody(required = false) Reason body) {
        return tagged(lifecycle.reject(actor.get(), id, body == null ? null : body.reason()));
    }

    /** The provider assigns one of its available seals to the approved trip. */
    @PostMapping("/{id}/assign-seal")
    ResponseEntity<TripView> assignSeal(@PathVariable UUID id, @Valid @RequestBody SealAssignment body) {
        return tagged(lifecycle.assignSeal(actor.get(), id, body.sealId()));
    }

    /** The provider says the seal is ready to be installed; the installation norm starts. */
    @PostMapping("/{id}/ready-for-installation")
    ResponseEntity<TripView> ready(@PathVariable UUID id) {
        return tagged(lifecycle.readyForInstallation(actor.get(), id));
    }

    /** The provider records the seal installed (after a passed inspection); monitoring starts. */
    @PostMapping("/{id}/install")
    ResponseEntity<TripView> install(@PathVariable UUID id) {
        return tagged(lifecycle.install(actor.get(), id));
    }

    /** Records the departure by hand, where monitoring has not detected it. */
    @PostMapping("/{id}/depart")
    ResponseEntity<TripView> depart(@PathVariable UUID id) {
        return tagged(lifecycle.depart(actor.get(), id));
    }

    /** Records the arrival by hand, where monitoring has not detected it. */
    @PostMapping("/{id}/arrive")
    ResponseEntity<TripView> arrive(@PathVariable UUID id) {
        return tagged(lifecycle.arrive(actor.get(), id));
    }

    /** The provider records the seal removed at the destination; the seal is free again. */
    @PostMapping("/{id}/remove")
    ResponseEntity<TripView> remove(@PathVariable UUID id) {
        return tagged(lifecycle.remove(actor.get(), id));
    }

    /** A customs officer closes the trip once its documentation and alerts are settled. */
    @PostMapping("/{id}/close")
    ResponseEntity<TripView> close(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
        return tagged(lifecycle.close(actor.get(), id, body == null ? null : body.note()));
    }

    /** Cancels the trip before departure, with the reason; an assigned seal is released. */
    @PostMapping("/{id}/cancel")
    ResponseEntity<TripView> cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) Reason body) {
        return tagged(lifecycle.cancel(actor.get(), id, body == null ? null : body.reason()));
    }

    /** A trip's state and seal change with its version: the ETag an If-Match names to change it safely. */
    private static String etag(Trip t) {
        return "\"" + t.version() + "\"";
    }

    private ResponseEntity<TripView> tagged(Trip t) {
        return ResponseEntity.ok().eTag(etag(t)).body(view(t));
    }

    private TripView view(Trip t) {
        return TripView.of(t, zones.of(t.parties().customsOfficeId()));
    }
}
