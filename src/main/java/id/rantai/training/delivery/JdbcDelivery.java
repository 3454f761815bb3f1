package id.rantai.training.delivery;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDelivery {
    private final JdbcClient jdbc;

    JdbcDelivery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TrainingSession s, UUID by) {
        jdbc.sql("""
                INSERT INTO training_session (id, organisation_id, topic_id, topic_version, method, trainer, held_on,
                    duration_minutes, materials, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.id(),
                        s.organisationId(),
                        s.topicId(),
                        s.topicVersion(),
                        s.method().name(),
                        s.trainer(),
                        Date.valueOf(s.heldOn()),
                        s.durationMinutes(),
                        s.materials(),
                        SqlTime.of(s.createdAt()),
                        by)
                .update();
    }

    Optional<TrainingSession> session(UUID id) {
        return jdbc.sql("SELECT * FROM training_session WHERE id = ?")
                .param(id)
                .query((rs, n) -> new TrainingSession(
                        id,
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("topic_id", UUID.class),
                        rs.getInt("topic_version"),
                        Method.valueOf(rs.getString("method")),
                        rs.getString("trainer"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getInt("duration_minutes"),
                        rs.getString("materials"),
                        SqlTime.instant(rs, "created_at")))
                .optional();
    }

    List<TrainingSession> sessions(UUID org) {
        return jdbc
                .sql("SELECT id FROM training_session WHERE organisation_id = ? ORDER BY held_on DESC")
                .param(org)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> session(id).orElseThrow())
                .toList();
    }

    void insert(Completion c, UUID by) {
        jdbc.sql("""
                INSERT INTO training_completion (id, organisation_id, employee_id, topic_id, topic_version, completed_on, method,
                    score, passed, session_id, evidence_sha256, source, external_id, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.organisationId(),
                        c.employeeId(),
                        c.topicId(),
                        c.topicVersion(),
                        Date.valueOf(c.completedOn()),
                        c.method().name(),
                        c.score(),
                        c.passed(),
                        c.sessionId(),
                        c.evidenceSha256(),
                        c.source().name(),
                        c.externalId(),
                        SqlTime.of(c.recordedAt()),
                        by)
                .update();
    }

    void setEvidence(UUID id, String sha256) {
        jdbc.sql("UPDATE training_completion SET evidence_sha256 = ? WHERE id = ?")
                .params(sha256, id)
                .update();
    }

    boolean externalExists(UUID org, String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM training_completion WHERE organisation_id = ? AND external_id = ?")
                        .params(org, externalId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Completion> completion(UUID id) {
        return jdbc.sql("SELECT * FROM training_completion WHERE id = ?")
                .param(id)
                .query(JdbcDelivery::row)
                .optional();
    }

    List<Completion> ofOrganisation(UUID org) {
        return jdbc.sql("SELECT * FROM training_completion WHERE organisation_id = ? ORDER BY completed_on")
                .param(org)
                .query(JdbcDelivery::row)
                .list();
    }

    List<Completion> ofEmployee(UUID employeeId) {
        return jdbc.sql("SELECT * FROM training_completion WHERE employee_id = ? ORDER BY completed_on")
                .param(employeeId)
                .query(JdbcDelivery::row)
                .list();
    }

    private static Completion row(ResultSet rs, int n) throws SQLException {
        return new Completion(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("employee_id", UUID.class),
                rs.getObject("topic_id", UUID.class),
                rs.getInt("topic_version"),
                rs.getDate("completed_on").toLocalDate(),
                Method.valueOf(rs.getString("method")),
                rs.getObject("score", Double.class),
                rs.getBoolean("passed"),
                rs.getObject("session_id", UUID.class),
                rs.getString("evidence_sha256"),
                Completion.Source.valueOf(rs.getString("source")),
                rs.getString("external_id"),
                SqlTime.instant(rs, "recorded_at"));
    }
}
