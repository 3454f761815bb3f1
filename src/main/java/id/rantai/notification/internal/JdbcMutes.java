package id.rantai.notification.internal;

import id.rantai.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The topics each user chose not to be e-mailed about. */
@Service
public class JdbcMutes {
    private final JdbcClient jdbc;

    JdbcMutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(UUID userId) {
        return jdbc.sql("SELECT topic FROM notification_mute WHERE user_id = ? ORDER BY topic")
                .param(userId)
                .query(String.class)
                .list();
    }

    public void mute(UUID userId, String topic) {
        check(topic);
        if (of(userId).contains(topic)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO notification_mute (user_id, topic) VALUES (?, ?)")
                    .params(userId, topic)
                    .update();
        } catch (DuplicateKeyException mutedMeanwhile) {
            // the same request twice at once: muted either way
        }
    }

    public void unmute(UUID userId, String topic) {
        check(topic);
        jdbc.sql("DELETE FROM notification_mute WHERE user_id = ? AND topic = ?")
                .params(userId, topic)
                .update();
    }

    Set<UUID> mutedAmong(String topic, List<UUID> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", users.stream().map(u -> "?").toList());
        List<Object> params = new java.util.ArrayList<>();
        params.add(topic);
        params.addAll(users);
        return new HashSet<>(
                jdbc.sql("SELECT user_id FROM notification_mute WHERE topic = ? AND user_id IN (" + marks + ")")
                        .params(params)
                        .query(UUID.class)
                        .list());
    }

    private static void check(String topic) {
        if (topic == null || !topic.matches("[A-Z][A-Z_]{2,39}")) {
            throw new InvalidInputException("topic", "must be a topic such as ALERT_CRITICAL (capitals and _)");
        }
    }
}
