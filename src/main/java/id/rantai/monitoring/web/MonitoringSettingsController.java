package id.rantai.monitoring.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.rules.OfficeSettings;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
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
    private static final Set<String> DURATIONS = Set.of("reportingInterval", "signalGrace", "stopThreshold", "etaGrace",
            "maxFutureSkew");

    private final OfficeSettings settings;
    private final CurrentActor actor;

    MonitoringSettingsController(OfficeSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    @GetMapping("/api/v1/offices/{officeId}/monitoring-settings")
    MonitoringSettings get(@PathVariable UUID officeId) {
        Actor a = actor.get();
        if (!a.isAdmin() && !a.belongsTo(officeId)) {
            throw new NotFoundException("Office", officeId);
        }
        return settings.forOffice(officeId);
    }

    @PutMapping("/api/v1/offices/{officeId}/monitoring-settings")
    MonitoringSettings put(@PathVariable UUID officeId, @RequestBody JsonNode body) {
        Actor a = actor.get();
        if (!a.isAdmin() && !a.belongsTo(officeId)) {
            throw new NotFoundException("Office", officeId);
        }
        if (!a.isAdmin() && !(a.has(Role.CUSTOMS_OFFICER) && a.isOfKind(OrganisationKind.CUSTOMS_OFFICE))) {
            throw new ForbiddenException("Only the office's customs officers set its monitoring thresholds");
        }
        if (!(body instanceof ObjectNode overrides)) {
            throw new InvalidInputException("body", "must be a JSON object of thresholds");
        }
        var known = settings.defaults();
        for (var e : overrides.properties()) {
            String field = e.getKey();
            JsonNode v = e.getValue();
            if (DURATIONS.contains(field)) {
                Duration d;
                try {
                    d = Duration.parse(v.asString(""));
                } catch (DateTimeParseException x) {
                    throw new InvalidInputException(field, "must be an ISO-8601 duration such as PT2M");
                }
                if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(7)) > 0) {
                    throw new InvalidInputException(field, "must be more than zero and at most 7 days");
                }
            } else if (hasNumber(known, field)) {
                if (!v.isNumber() || v.asDouble() <= 0 || v.asDouble() > 100_000) {
                    throw new InvalidInputException(field, "must be a positive number");
                }
                if (field.endsWith("Readings") && (!v.isIntegralNumber() || v.asInt() > 100)) {
                    throw new InvalidInputException(field, "must be a whole number from 1 to 100");
                }
                if (field.equals("lowBatteryPercent") && v.asDouble() > 100) {
                    throw new InvalidInputException(field, "must be at most 100");
                }
            } else {
                throw new InvalidInputException(field, "is not a monitoring threshold");
            }
        }
        return settings.save(officeId, overrides);
    }

    private static boolean hasNumber(MonitoringSettings s, String field) {
        for (var c : MonitoringSettings.class.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return c.getType() == double.class || c.getType() == int.class;
            }
        }
        return false;
    }
}
