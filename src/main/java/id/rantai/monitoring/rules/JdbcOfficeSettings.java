package id.rantai.monitoring.rules;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each office's saved overrides of the monitoring thresholds, as the JSON the office sent. */
@Repository
class JdbcOfficeSettings {
    private final JdbcClient jdbc;

    JdbcOfficeSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> overrides(UUID officeId) {
        return jdbc.sql("SELECT settings FROM monitoring_settings WHERE office_id = ?")
                .param(officeId)
                .query(String.class)
                .optional();
    }

    void save(UUID officeId, String settings, Instant at) {
        jdbc.sql("DELETE FROM monitoring_settings WHERE office_id = ?")
                .param(officeId)
                .update();
        jdbc.sql("INSERT INTO monitoring_settings (office_id, settings, updated_at) VALUES (?, ?, ?)")
                .params(officeId, settings, SqlTime.of(at))
                .update();
    }
}
