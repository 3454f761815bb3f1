package id.rantai.eseal.web;

import id.rantai.eseal.inspection.ConveyanceInspection;
import id.rantai.eseal.inspection.ConveyanceInspections;
import id.rantai.identity.CurrentActor;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Conveyance inspections (the 7/8-point checklist) before sealing. */
@RestController
class InspectionController {
    private final ConveyanceInspections inspections;
    private final CurrentActor actor;
    private final Clock clock;

    InspectionController(ConveyanceInspections inspections, CurrentActor actor, Clock clock) {
        this.inspections = inspections;
        this.actor = actor;
        this.clock = clock;
    }

    /** Records a seven-point conveyance inspection of a trip's container; a seal goes on only after a passed one. */
    @PostMapping("/api/v1/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    ConveyanceInspection record(@Valid @RequestBody ConveyanceInspections.NewInspection body) {
        return inspections.record(actor.get(), body);
    }

    /** The company's inspections since a moment (default: the last 30 days). */
    @GetMapping("/api/v1/inspections")
    List<ConveyanceInspection> list(@RequestParam(required = false) Instant since) {
        return inspections.ofCompany(
                actor.get(), since == null ? clock.instant().minus(Duration.ofDays(30)) : since);
    }

    /** The conveyance inspections of a trip, oldest first. */
    @GetMapping("/api/v1/trips/{id}/inspections")
    List<ConveyanceInspection> forTrip(@PathVariable UUID id) {
        return inspections.forTrip(actor.get(), id);
    }
}
