package id.rantai.eseal.web;

import id.rantai.eseal.disruption.Disruption;
import id.rantai.eseal.disruption.DisruptionCategory;
import id.rantai.eseal.disruption.DisruptionDesk;
import id.rantai.eseal.disruption.DisruptionDesk.NewReport;
import id.rantai.identity.CurrentActor;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Laporan kendala: disruption reports and their follow-up. */
@RestController
@RequestMapping("/api/v1/disruptions")
class DisruptionController {
    private final DisruptionDesk desk;
    private final CurrentActor actor;

    DisruptionController(DisruptionDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    record ReportDisruption(
            UUID tripId,
            UUID sealId,
            @NotNull DisruptionCategory category,

            @NotBlank @Size(max = 2000) @Schema(example = "Segel tidak mengirim data sejak pukul 10.00 WIB")
            String description) {}

    record Resolution(@Size(max = 2000) String resolution) {}

    /** Files a disruption report (laporan kendala) against a trip or seal. The provider, the company or customs. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Disruption report(@Valid @RequestBody ReportDisruption body) {
        return desk.report(
                actor.get(), new NewReport(body.tripId(), body.sealId(), body.category(), body.description()));
    }

    /** The disruption reports the caller may see, newest first. */
    @GetMapping
    List<Disruption> list() {
        return desk.list(actor.get());
    }

    /** One disruption report with its acknowledgement and resolution. */
    @GetMapping("/{id}")
    Disruption get(@PathVariable UUID id) {
        return desk.visible(actor.get(), id);
    }

    /** The provider acknowledges a disruption report; the acknowledgement norm is met. */
    @PostMapping("/{id}/acknowledge")
    Disruption acknowledge(@PathVariable UUID id) {
        return desk.acknowledge(actor.get(), id);
    }

    /** Records how a disruption was resolved; the resolution norm is met. */
    @PostMapping("/{id}/resolve")
    Disruption resolve(@PathVariable UUID id, @Valid @RequestBody Resolution body) {
        return desk.resolve(actor.get(), id, body.resolution());
    }
}
