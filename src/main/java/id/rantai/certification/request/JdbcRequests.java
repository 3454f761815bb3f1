package id.rantai.certification.request;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRequests {
    private final JdbcClient jdbc;

    JdbcRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CertificateRequest r, String tokenHash) {
        jdbc.sql("""
                INSERT INTO cert_request (id, training_centre_id, kind, access_token_hash, certificate_id, applicant_name,
                    applicant_email, details, copies, state, submitted_at, due_on, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        r.id(),
                        r.trainingCentreId(),
                        r.kind().name(),
                        tokenHash,
                        r.certificateId(),
                        r.applicantName(),
                        r.applicantEmail(),
                        r.details(),
                        r.copies(),
                        r.state().name(),
                        SqlTime.of(r.submittedAt()),
                        Date.valueOf(r.dueOn()))
                .update();
    }

    void document(UUID request, String kind, String sha, String type, long size) {
        jdbc.sql("""
                INSERT INTO cert_request_document (request_id, kind, sha256, content_type, size_bytes)
                VALUES (?, ?, ?, ?, ?)""").params(request, kind, sha, type, size).update();
    }

    record StoredDocument(String sha256, String contentType, long sizeBytes) {}

    java.util.Optional<StoredDocument> document(UUID request, String kind) {
        return jdbc.sql("SELECT * FROM cert_request_document WHERE request_id = ? AND kind = ?")
                .params(request, kind)
                .query((rs, n) -> new StoredDocument(
                        rs.getString("sha256"), rs.getString("content_type"), rs.getLong("size_bytes")))
                .optional();
    }

    List<String> documents(UUID request) {
        return jdbc.sql("SELECT kind FROM cert_request_document WHERE request_id = ? ORDER BY kind")
                .param(request)
                .query(String.class)
                .list();
    }

    /** A database input's certificate, once entered. */
    void certificate(UUID request, UUID certificate) {
        jdbc.sql("UPDATE cert_request SET certificate_id = ? WHERE id = ?")
                .params(certificate, request)
                .update();
    }

    void update(CertificateRequest r) {
        int n = jdbc.sql("""
                UPDATE cert_request SET state = ?, verified_by = ?, verified_at = ?, interview_record = ?, decided_by = ?,
                    decided_at = ?, decision_note = ?, letter_number = ?, completed_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        r.state().name(),
                        r.verifiedBy(),
                        SqlTime.of(r.verifiedAt()),
                        r.interviewRecord(),
                        r.decidedBy(),
                        SqlTime.of(r.decidedAt()),
                        r.decisionNote(),
                        r.letterNumber(),
                        SqlTime.of(r.completedAt()),
                        r.id(),
                        r.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Request " + r.id() + " changed concurrently");
        }
    }

    Optional<CertificateRequest> find(UUID id) {
        return jdbc.sql("SELECT * FROM cert_request WHERE id = ?")
                .param(id)
                .query(JdbcRequests::row)
                .optional();
    }

    Optional<CertificateRequest> byToken(String hash) {
        return jdbc.sql("SELECT * FROM cert_request WHERE access_token_hash = ?")
                .param(hash)
                .query(JdbcRequests::row)
                .optional();
    }

    List<CertificateRequest> open() {
        return jdbc.sql("SELECT * FROM cert_request WHERE state IN ('SUBMITTED', 'VERIFIED') ORDER BY submitted_at")
                .query(JdbcRequests::row)
                .list();
    }

    /** One training centre's requests still waiting for a layer, oldest first. */
    List<CertificateRequest> open(UUID centre) {
        return jdbc.sql("""
                SELECT * FROM cert_request WHERE training_centre_id = ? AND state IN ('SUBMITTED', 'VERIFIED')
                ORDER BY submitted_at""").param(centre).query(JdbcRequests::row).list();
    }

    int lettersIssued(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_request WHERE letter_number LIKE ?")
                .param(prefix + "%")
                .query(Integer.class)
                .single();
    }

    void copy(UUID id, UUID request, UUID certificate, int copyNumber, String code, UUID signedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO cert_legalized_copy (id, request_id, certificate_id, copy_number, verification_code, signed_by, signed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, request, certificate, copyNumber, code, signedBy, SqlTime.of(at))
                .update();
    }

    List<LegalizedCopy> copies(UUID request) {
        return jdbc.sql("SELECT * FROM cert_legalized_copy WHERE request_id = ? ORDER BY copy_number")
                .param(request)
                .query(JdbcRequests::copy)
                .list();
    }

    Optional<LegalizedCopy> copyByCode(String code) {
        return jdbc.sql("SELECT * FROM cert_legalized_copy WHERE verification_code = ?")
                .param(code)
                .query(JdbcRequests::copy)
                .optional();
    }

    private static LegalizedCopy copy(ResultSet rs, int n) throws SQLException {
        return new LegalizedCopy(
                rs.getObject("request_id", UUID.class),
                rs.getObject("certificate_id", UUID.class),
                rs.getInt("copy_number"),
                rs.getString("verification_code"),
                SqlTime.instant(rs, "signed_at"));
    }

    private static CertificateRequest row(ResultSet rs, int n) throws SQLException {
        return new CertificateRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("training_centre_id", UUID.class),
                CertificateRequest.Kind.valueOf(rs.getString("kind")),
                rs.getObject("certificate_id", UUID.class),
                rs.getString("applicant_name"),
                rs.getString("applicant_email"),
                rs.getString("details"),
                rs.getObject("copies", Integer.class),
                CertificateRequest.State.valueOf(rs.getString("state")),
                SqlTime.instant(rs, "submitted_at"),
                rs.getDate("due_on").toLocalDate(),
                rs.getObject("verified_by", UUID.class),
                SqlTime.instant(rs, "verified_at"),
                rs.getString("interview_record"),
                rs.getObject("decided_by", UUID.class),
                SqlTime.instant(rs, "decided_at"),
                rs.getString("decision_note"),
                rs.getString("letter_number"),
                SqlTime.instant(rs, "completed_at"),
                rs.getInt("version"));
    }
}
