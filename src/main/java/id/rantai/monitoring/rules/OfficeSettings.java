package id.rantai.monitoring.rules;

import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule thresholds per customs office: the configured defaults, overridden field by field by what
 * the office saved. Takes effect for trips that start being watched after the change.
 */
@Component
@EnableConfigurationProperties(MonitoringSettings.class)
public class OfficeSettings {
    /** The settings that are durations; the others are numbers. */
    public static final Set<String> DURATIONS =
            Set.of("reportingInterval", "signalGrace", "stopThreshold", "etaGrace", "maxFutureSkew");

    private final MonitoringSettings defaults;
    private final JdbcOfficeSettings stored;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, MonitoringSettings> cache = new ConcurrentHashMap<>();

    OfficeSettings(MonitoringSettings defaults, JdbcOfficeSettings stored, JsonMapper json, Clock clock) {
        this.defaults = defaults;
        this.stored = stored;
        this.json = json;
        this.clock = clock;
    }

    public MonitoringSettings defaults() {
        return defaults;
    }

    public MonitoringSettings forOffice(UUID officeId) {
        return cache.computeIfAbsent(
                officeId, id -> stored.overrides(id).map(this::merged).orElse(defaults));
    }

    /** An office's settings, for its own people (and the administrator); 404 for anyone else. */
    public MonitoringSettings visible(Actor actor, UUID officeId) {
        if (!actor.isAdmin() && !actor.belongsTo(officeId)) {
            throw new NotFoundException("Office", officeId);
        }
        return forOffice(officeId);
    }

    /**
     * An office's customs officers change its thresholds, field by field (a partial settings object):
     * each value is checked — durations ISO-8601, more than zero and at most seven days; numbers
     * positive; reading counts whole, 1 to 100; months whole, 1 to 120; a percentage at most 100 —
     * and an unknown field is refused by name. The API and the console's form both come here.
     */
    public MonitoringSettings change(Actor actor, UUID officeId, ObjectNode overrides) {
        visible(actor, officeId);
        if (!actor.isAdmin() && !(actor.has(Role.CUSTOMS_OFFICER) && actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE))) {
            throw new ForbiddenException("Only the office's customs officers set its monitoring thresholds");
        }
        for (var e : overrides.properties()) {
            check(e.getKey(), e.getValue());
        }
        return save(officeId, overrides);
    }

    private void check(String field, JsonNode v) {
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
        } else if (isNumber(field)) {
            if (!v.isNumber() || v.asDouble() <= 0 || v.asDouble() > 100_000) {
                throw new InvalidInputException(field, "must be a positive number");
            }
            if (isWhole(field) && !v.isIntegralNumber()) {
                throw InvalidInputException.worded(field, "wholeNumber");
            }
            if (field.endsWith("Readings") && (!v.isIntegralNumber() || v.asInt() > 100)) {
                throw new InvalidInputException(field, "must be a whole number from 1 to 100");
            }
            if (field.endsWith("Months") && (!v.isIntegralNumber() || v.asInt() > 120)) {
                throw new InvalidInputException(field, "must be a whole number of months from 1 to 120");
            }
            if (field.equals("lowBatteryPercent") && v.asDouble() > 100) {
                throw new InvalidInputException(field, "must be at most 100");
            }
        } else {
            throw new InvalidInputException(field, "is not a monitoring threshold");
        }
    }

    /** Whether a settings field is a number (as against a duration). */
    public static boolean isNumber(String field) {
        for (var c : MonitoringSettings.class.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return c.getType() == double.class || c.getType() == int.class;
            }
        }
        return false;
    }

    /** Whether a settings field is a whole number (a count, a percentage, months). */
    private static boolean isWhole(String field) {
        for (var c : MonitoringSettings.class.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return c.getType() == int.class;
            }
        }
        return false;
    }

    /** Saves an office's overrides (a partial settings object) and returns the effective settings. */
    @Transactional
    public MonitoringSettings save(UUID officeId, ObjectNode overrides) {
        MonitoringSettings effective = merged(overrides.toString());
        stored.save(officeId, json.writeValueAsString(effective), clock.instant());
        cache.put(officeId, effective);
        return effective;
    }

    private MonitoringSettings merged(String overrides) {
        ObjectNode base = json.valueToTree(defaults);
        ObjectNode given = (ObjectNode) json.readTree(overrides);
        // Settings stored by an older version may name a threshold since retired: it is ignored, not refused.
        for (var c : MonitoringSettings.class.getRecordComponents()) {
            if (given.has(c.getName())) {
                base.set(c.getName(), given.get(c.getName()));
            }
        }
        return json.treeToValue(base, MonitoringSettings.class);
    }
}
