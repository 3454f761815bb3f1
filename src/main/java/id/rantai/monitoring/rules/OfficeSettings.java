package id.rantai.monitoring.rules;

import id.rantai.monitoring.MonitoringSettings;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule thresholds per customs office: the configured defaults, overridden field by field by what
 * the office saved. Takes effect for trips that start being watched after the change.
 */
@Component
@EnableConfigurationProperties(MonitoringSettings.class)
public class OfficeSettings {
    private final MonitoringSettings defaults;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, MonitoringSettings> cache = new ConcurrentHashMap<>();

    OfficeSettings(MonitoringSettings defaults, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.defaults = defaults;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public MonitoringSettings defaults() {
        return defaults;
    }

    public MonitoringSettings forOffice(UUID officeId) {
        return cache.computeIfAbsent(officeId, id -> jdbc.sql("SELECT settings FROM monitoring_settings WHERE office_id = ?")
                .param(id).query(String.class).optional().map(this::merged).orElse(defaults));
    }

    /** Saves an office's overrides (a partial settings object) and returns the effective settings. */
    @Transactional
    public MonitoringSettings save(UUID officeId, ObjectNode overrides) {
        MonitoringSettings effective = merged(overrides.toString());
        jdbc.sql("DELETE FROM monitoring_settings WHERE office_id = ?").param(officeId).update();
        jdbc.sql("INSERT INTO monitoring_settings (office_id, settings, updated_at) VALUES (?, ?, ?)")
                .params(officeId, json.writeValueAsString(effective), SqlTime.of(clock.instant())).update();
        cache.put(officeId, effective);
        return effective;
    }

    private MonitoringSettings merged(String overrides) {
        ObjectNode base = json.valueToTree(defaults);
        base.setAll((ObjectNode) json.readTree(overrides));
        return json.treeToValue(base, MonitoringSettings.class);
    }
}
