package id.rantai.audit.internal;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.shared.Page;
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
        return forSubject(subjectId, Integer.MAX_VALUE, 0).items();
    }

    @Override
    public Page<AuditRecord> forSubject(UUID subjectId, int limit, int offset) {
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ?")
                .param(subjectId)
                .query(Long.class)
                .single();
        List<AuditRecord> items = jdbc.sql(
                        "SELECT * FROM audit_entry WHERE subject_id = ? ORDER BY occurred_at, id LIMIT ? OFFSET ?")
                .params(subjectId, limit, offset)
                .query((rs, n) -> new AuditRecord(
                        SqlTime.instant(rs, "occurred_at"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("details")))
                .list();
        return new Page<>(items, total);
    }
}
