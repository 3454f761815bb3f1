package id.rantai.aeo.evidence;

import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEvidence {
    private final JdbcClient jdbc;

    JdbcEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Evidence e) {
        jdbc.sql("""
                INSERT INTO aeo_evidence (id, organisation_id, title, kind, link_type, link_id, effective_date, expiry_date,
                    owner_user_id, revision, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.organisationId(),
                        e.title(),
                        e.kind().name(),
                        e.linkType(),
                        e.linkId(),
                        Date.valueOf(e.effectiveDate()),
                        e.expiryDate() == null ? null : Date.valueOf(e.expiryDate()),
                        e.ownerUserId(),
                        e.revision(),
                        SqlTime.of(e.createdAt()))
                .update();
    }

    void insertRevision(EvidenceRevision r) {
        jdbc.sql("""
                INSERT INTO aeo_evidence_revision (evidence_id, revision, sha256, filename, content_type, size_bytes,
                    uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.evidenceId(),
                        r.revision(),
                        r.sha256(),
                        r.filename(),
                        r.contentType(),
                        r.sizeBytes(),
                        SqlTime.of(r.uploadedAt()),
                        r.uploadedBy())
                .update();
    }

    void setRevision(UUID id, int revision, LocalDate effectiveDate, LocalDate expiryDate) {
        // A new revision is a new document: its dates replace the old ones and a fresh expiry warning is due.
        jdbc.sql(
                        "UPDATE aeo_evidence SET revision = ?, effective_date = ?, expiry_date = ?, expiry_warned_at = NULL WHERE id = ?")
                .params(revision, Date.valueOf(effectiveDate), expiryDate == null ? null : Date.valueOf(expiryDate), id)
                .update();
    }

    /** False when another instance warned first. */
    boolean markWarned(UUID id, Instant at) {
        return jdbc.sql("UPDATE aeo_evidence SET expiry_warned_at = ? WHERE id = ? AND expiry_warned_at IS NULL")
                        .params(SqlTime.of(at), id)
                        .update()
                == 1;
    }

    Optional<Evidence> find(UUID id) {
        return jdbc.sql("SELECT * FROM aeo_evidence WHERE id = ?")
                .param(id)
                .query(JdbcEvidence::row)
                .optional();
    }

    /** One page of a company's evidence by title, and how many there are. */
    Page<Evidence> page(UUID organisationId, int limit, int offset) {
        return new PagedQuery("aeo_evidence", "organisation_id = ?", List.of(organisationId), "title, id")
                .page(jdbc, JdbcEvidence::row, limit, offset);
    }

    List<Evidence> of(UUID organisationId) {
        return jdbc.sql("SELECT * FROM aeo_evidence WHERE organisation_id = ? ORDER BY title")
                .param(organisationId)
                .query(JdbcEvidence::row)
                .list();
    }

    List<Evidence> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM aeo_evidence WHERE id IN (:ids) ORDER BY title")
                .param("ids", ids)
                .query(JdbcEvidence::row)
                .list();
    }

    /** Evidence expiring on or before the day given that has not been warned about yet. */
    List<Evidence> unwarnedExpiringBy(LocalDate day) {
        return jdbc.sql("SELECT * FROM aeo_evidence WHERE expiry_date <= ? AND expiry_warned_at IS NULL")
                .param(Date.valueOf(day))
                .query(JdbcEvidence::row)
                .list();
    }

    List<EvidenceRevision> revisions(UUID id) {
        return jdbc.sql("SELECT * FROM aeo_evidence_revision WHERE evidence_id = ? ORDER BY revision")
                .param(id)
                .query((rs, n) -> new EvidenceRevision(
                        id,
                        rs.getInt("revision"),
                        rs.getString("sha256"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        SqlTime.instant(rs, "uploaded_at"),
                        rs.getObject("uploaded_by", UUID.class)))
                .list();
    }

    private static Evidence row(ResultSet rs, int n) throws SQLException {
        Date expiry = rs.getDate("expiry_date");
        return new Evidence(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("title"),
                Evidence.EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("link_type"),
                rs.getObject("link_id", UUID.class),
                rs.getDate("effective_date").toLocalDate(),
                expiry == null ? null : expiry.toLocalDate(),
                rs.getObject("owner_user_id", UUID.class),
                rs.getInt("revision"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "expiry_warned_at"));
    }
}
