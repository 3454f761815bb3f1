package id.rantai.eseal.norm;

import id.rantai.eseal.Norm;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNormDeadlines {
    private final JdbcClient jdbc;

    JdbcNormDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NormDeadline d) {
        jdbc.sql("""
                INSERT INTO norm_deadline (id, norm, subject_id, trip_id, requester_id, provider_id, office_id,
                                           started_at, due_at, completed_at, outcome, breached_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.norm().name(),
                        d.subjectId(),
                        d.tripId(),
                        d.requesterId(),
                        d.providerId(),
                        d.officeId(),
                        SqlTime.of(d.startedAt()),
                        SqlTime.of(d.dueAt()),
                        SqlTime.of(d.completedAt()),
                        d.outcome().name(),
                        SqlTime.of(d.breachedAt()))
                .update();
    }

    Optional<NormDeadline> find(Norm norm, UUID subjectId) {
        return jdbc.sql("SELECT * FROM norm_deadline WHERE norm = ? AND subject_id = ?")
                .params(norm.name(), subjectId)
                .query(JdbcNormDeadlines::row)
                .optional();
    }

    /**
     * Completes a deadline: MET if on time and still pending, BREACHED if late and still pending.
     * A deadline the timer already marked breached keeps that outcome and only gets its completion time.
     * The conditional update makes this safe when two nodes race.
     *
     * @return true when this call moved it from PENDING to BREACHED
     */
    boolean complete(UUID id, Instant at, Instant dueAt) {
        NormOutcome outcome = at.isAfter(dueAt) ? NormOutcome.BREACHED : NormOutcome.MET;
        int moved = jdbc.sql("""
                UPDATE norm_deadline SET completed_at = ?, outcome = ?, breached_at = ?
                WHERE id = ? AND outcome = 'PENDING'""")
                .params(SqlTime.of(at), outcome.name(), outcome == NormOutcome.BREACHED ? SqlTime.of(at) : null, id)
                .update();
        if (moved == 0) {
            jdbc.sql(
                            "UPDATE norm_deadline SET completed_at = ? WHERE id = ? AND outcome = 'BREACHED' AND completed_at IS NULL")
                    .params(SqlTime.of(at), id)
                    .update();
        }
        return moved == 1 && outcome == NormOutcome.BREACHED;
    }

    void cancel(UUID id) {
        jdbc.sql("UPDATE norm_deadline SET outcome = 'CANCELLED' WHERE id = ? AND outcome = 'PENDING'")
                .param(id)
                .update();
    }

    List<NormDeadline> overdue(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM norm_deadline WHERE outcome = 'PENDING' AND due_at < ? ORDER BY due_at LIMIT ?")
                .params(SqlTime.of(now), limit)
                .query(JdbcNormDeadlines::row)
                .list();
    }

    /** @return true if this call (and no other node) marked it breached */
    boolean markBreached(UUID id, Instant at) {
        return jdbc.sql(
                                "UPDATE norm_deadline SET outcome = 'BREACHED', breached_at = ? WHERE id = ? AND outcome = 'PENDING'")
                        .params(SqlTime.of(at), id)
                        .update()
                == 1;
    }

    List<NormDeadline> forSubject(UUID subjectId) {
        return jdbc.sql("SELECT * FROM norm_deadline WHERE subject_id = ? OR trip_id = ? ORDER BY started_at")
                .params(subjectId, subjectId)
                .query(JdbcNormDeadlines::row)
                .list();
    }

    List<NormDeadline> startedBetween(
            Instant from, Instant to, @Nullable UUID requesterId, @Nullable UUID officeId, @Nullable UUID providerId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM norm_deadline WHERE started_at >= ? AND started_at < ?");
        List<Object> params = new ArrayList<>(List.of(SqlTime.of(from), SqlTime.of(to)));
        if (requesterId != null) {
            sql.append(" AND requester_id = ?");
            params.add(requesterId);
        }
        if (officeId != null) {
            sql.append(" AND office_id = ?");
            params.add(officeId);
        }
        if (providerId != null) {
            sql.append(" AND provider_id = ?");
            params.add(providerId);
        }
        return jdbc.sql(sql.toString())
                .params(params)
                .query(JdbcNormDeadlines::row)
                .list();
    }

    private static NormDeadline row(ResultSet rs, int n) throws SQLException {
        return new NormDeadline(
                rs.getObject("id", UUID.class),
                Norm.valueOf(rs.getString("norm")),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                rs.getObject("requester_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "due_at"),
                SqlTime.instant(rs, "completed_at"),
                NormOutcome.valueOf(rs.getString("outcome")),
                SqlTime.instant(rs, "breached_at"));
    }
}
