package id.rantai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.EmbeddedPostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to the outbox (V15) keeps every training reminder sent before it as sent, under the key
 * the reminders now use, so an upgrade never sends one again. On H2 and on PostgreSQL.
 */
class TrainingReminderMigrationTest {

    @Test
    void remindersSentBeforeTheOutboxStaySentOnH2() throws Exception {
        upgradeKeepsSentReminders("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void remindersSentBeforeTheOutboxStaySentOnPostgres() throws Exception {
        upgradeKeepsSentReminders(EmbeddedPostgresDatabase.newDatabaseUrl(), "postgres", "postgres");
    }

    private void upgradeKeepsSentReminders(String url, String user, String password) throws Exception {
        Flyway.configure().dataSource(url, user, password).target("14").load().migrate();
        UUID org = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO training_reminder (organisation_id, reminder_key, sent_at, recipient) VALUES ('" + org
                            + "', 'due:e1:t1:2026-12-01:30', TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+00', 'e1@example.co.id')");
            s.execute(
                    "INSERT INTO training_reminder (organisation_id, reminder_key, sent_at, recipient) VALUES ('" + org
                            + "', 'digest:m@example.co.id:abc', TIMESTAMP WITH TIME ZONE '2026-11-02 08:00:00+00', 'm@example.co.id')");
        }
        Flyway.configure().dataSource(url, user, password).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT scope_key, notification_key, topic, status, recipient FROM notification ORDER BY topic")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("scope_key")).isEqualTo(org + "/training:due:e1:t1:2026-12-01:30");
            assertThat(rs.getString("topic")).isEqualTo("TRAINING_DUE");
            assertThat(rs.getString("status")).isEqualTo("SENT");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("notification_key")).isEqualTo("training:digest:m@example.co.id:abc");
            assertThat(rs.getString("topic")).isEqualTo("TRAINING_OVERDUE_DIGEST");
            assertThat(rs.getString("recipient")).isEqualTo("m@example.co.id");
            assertThat(rs.next()).isFalse();
        }
    }
}
