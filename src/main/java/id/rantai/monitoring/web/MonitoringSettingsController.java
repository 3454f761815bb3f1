package id.rantai.monitoring.web;

import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.rules.OfficeSettings;
import id.rantai.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An office's rule thresholds: read by its officers, changed by them field by field. */
@RestController
class MonitoringSettingsController {
    private final OfficeSettings settings;
    private final CurrentActor actor;

    MonitoringSettingsController(OfficeSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    /** The customs office's monitoring thresholds (reporting interval, corridor margin, stop and speed limits...). */
    @GetMapping("/api/v1/offices/{officeId}/monitoring-settings")
    MonitoringSettings get(@PathVariable UUID officeId) {
        return settings.visible(actor.get(), officeId);
    }

    /** Changes some of the office's monitoring thresholds; active trips follow the new values. */
    @PutMapping("/api/v1/offices/{officeId}/monitoring-settings")
    MonitoringSettings put(
            @PathVariable UUID officeId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Any of the thresholds to change; those left out keep their values.",
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = MonitoringSettings.class)))
                    @RequestBody
                    JsonNode body) {
        if (!(body instanceof ObjectNode overrides)) {
            throw new InvalidInputException("body", "must be a JSON object of thresholds");
        }
        return settings.change(actor.get(), officeId, overrides);
    }
}
