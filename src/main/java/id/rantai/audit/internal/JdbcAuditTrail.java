package id.rantai.audit.internal;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAuditTrail implements AuditTrail {
    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord e) {
        String details = e.details() == null || e.details().length() <= 4000
                ? e.details()
                : e.details().substring(0, 4000);
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor_id, actor_name, organisation_id, action, subject_type, subject_id, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        SqlTime.of(e.occurredAt()),
                        e.actorId(),
                        e.actorName(),
                        e.organisationId(),
                        e.action(),
                        e.subjectType(),
                        e.subjectId(),
                        details)
                .update();
    }

    @Override
    public List<AuditRecord> forSubject(UUID subjectId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE subject_id = ? ORDER BY occurred_at, id")
                .param(subjectId)
                .query(JdbcAuditTrail::row)
                .list();
    }

    @Override
    public Page<AuditRecord> forSubject(UUID subjectId, int limit, int offset) {
        return new PagedQuery("audit_entry", "subject_id = ?", List.of(subjectId), "occurred_at, id")
                .page(jdbc, JdbcAuditTrail::row, limit, offset);
    }

    private static AuditRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditRecord(
                SqlTime.instant(rs, "occurred_at"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("details"));
    }
}
