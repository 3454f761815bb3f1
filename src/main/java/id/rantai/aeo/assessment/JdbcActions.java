package id.rantai.aeo.assessment;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActions {
    private final JdbcClient jdbc;

    JdbcActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CorrectiveAction a) {
        jdbc.sql("""
                INSERT INTO aeo_action (id, assessment_id, code, title, owner, due_date, status, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        a.id(),
                        a.assessmentId(),
                        a.code(),
                        a.title(),
                        a.owner(),
                        Date.valueOf(a.dueDate()),
                        a.status().name(),
                        SqlTime.of(a.createdAt()),
                        a.createdBy())
                .update();
    }

    void update(CorrectiveAction a) {
        int n = jdbc.sql("""
                UPDATE aeo_action SET status = ?, closed_at = ?, closed_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(a.status().name(), SqlTime.of(a.closedAt()), a.closedBy(), a.id(), a.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Action " + a.id() + " changed concurrently");
        }
    }

    Optional<CorrectiveAction> find(UUID assessmentId, UUID id) {
        return jdbc.sql("SELECT * FROM aeo_action WHERE assessment_id = ? AND id = ?")
                .params(assessmentId, id)
                .query(JdbcActions::row)
                .optional();
    }

    /** Moves the actions not yet done to another assessment of the company; how many moved. */
    int moveOpen(UUID from, UUID to) {
        return jdbc.sql("UPDATE aeo_action SET assessment_id = ? WHERE assessment_id = ? AND status <> 'DONE'")
                .params(to, from)
                .update();
    }

    List<CorrectiveAction> of(UUID assessmentId) {
        return jdbc.sql("SELECT * FROM aeo_action WHERE assessment_id = ? ORDER BY due_date, created_at")
                .param(assessmentId)
                .query(JdbcActions::row)
                .list();
    }

    private static CorrectiveAction row(ResultSet rs, int n) throws SQLException {
        return new CorrectiveAction(
                rs.getObject("id", UUID.class),
                rs.getObject("assessment_id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("owner"),
                rs.getDate("due_date").toLocalDate(),
                CorrectiveAction.Status.valueOf(rs.getString("status")),
                SqlTime.instant(rs, "created_at"),
                rs.getObject("created_by", UUID.class),
                SqlTime.instant(rs, "closed_at"),
                rs.getObject("closed_by", UUID.class),
                rs.getInt("version"));
    }
}
