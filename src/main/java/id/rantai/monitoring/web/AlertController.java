package id.rantai.monitoring.web;

import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.alert.Alert;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.rules.MonitorInstruction;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {
    private final AlertBook alerts;
    private final TripMonitors monitors;
    private final CurrentActor actor;

    AlertController(AlertBook alerts, TripMonitors monitors, CurrentActor actor) {
        this.alerts = alerts;
        this.monitors = monitors;
        this.actor = actor;
    }

    record Note(@Size(max = 1000) String note) {}

    /** The alerts the caller may see, newest first, optionally of one trip or status. */
    @GetMapping
    List<Alert> list(
            @RequestParam(required = false) UUID tripId,
            @RequestParam(required = false) AlertStatus status,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.worded("limit", "between", 1, 1000);
        }
        return alerts.search(actor.get(), tripId, status, limit);
    }

    /** One alert with where and when it was raised and how it was followed up. */
    @GetMapping("/{id}")
    Alert get(@PathVariable UUID id) {
        return alerts.visible(actor.get(), id);
    }

    /** Acknowledges an alert, with an optional note. */
    @PostMapping("/{id}/acknowledge")
    Alert acknowledge(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
        return alerts.acknowledge(actor.get(), id, body == null ? null : body.note());
    }

    /** Resolves an alert, with an optional note; a critical one by a customs officer of the office. */
    @PostMapping("/{id}/resolve")
    Alert resolve(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
        return alerts.resolve(
                actor.get(),
                id,
                body == null ? null : body.note(),
                a -> monitors.instruct(a.sealId(), new MonitorInstruction.AlertResolved(a.tripId(), a.type())));
    }
}
