package id.rantai.training.reminder;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReminders {
    private final JdbcClient jdbc;

    JdbcReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a reminder before it is sent; false when it was sent (or claimed) before. */
    boolean claim(UUID org, String key, String recipient, Instant at) {
        try {
            jdbc.sql("INSERT INTO training_reminder (organisation_id, reminder_key, sent_at, recipient) VALUES (?, ?, ?, ?)")
                    .params(org, key, SqlTime.of(at), recipient).update();
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    void release(UUID org, String key) {
        jdbc.sql("DELETE FROM training_reminder WHERE organisation_id = ? AND reminder_key = ?").params(org, key).update();
    }

    List<UUID> organisationsWithEmployees() {
        return jdbc.sql("SELECT DISTINCT organisation_id FROM employee WHERE status = 'ACTIVE'").query(UUID.class).list();
    }
}
