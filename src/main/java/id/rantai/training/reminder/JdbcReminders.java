package id.rantai.training.reminder;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReminders {
    private final JdbcClient jdbc;

    JdbcReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> organisationsWithEmployees() {
        return jdbc.sql("SELECT DISTINCT organisation_id FROM employee WHERE status = 'ACTIVE'")
                .query(UUID.class)
                .list();
    }
}
