package id.rantai.certification.exam;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcExams {
    private final JdbcClient jdbc;

    JdbcExams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExamSession s, UUID by) {
        jdbc.sql("""
                INSERT INTO cert_exam_session (id, training_centre_id, code, title, exam_date, venue, capacity,
                    registration_opens, registration_closes, pass_mark, mc_weight, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.id(),
                        s.trainingCentreId(),
                        s.code(),
                        s.title(),
                        Date.valueOf(s.examDate()),
                        s.venue(),
                        s.capacity(),
                        Date.valueOf(s.registrationOpens()),
                        Date.valueOf(s.registrationCloses()),
                        s.passMark(),
                        s.mcWeight(),
                        SqlTime.of(s.createdAt()),
                        by)
                .update();
    }

    boolean codeExists(UUID centre, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_exam_session WHERE training_centre_id = ? AND code = ?")
                        .params(centre, code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void publish(UUID id, Instant at) {
        jdbc.sql("UPDATE cert_exam_session SET results_published_at = ? WHERE id = ?")
                .params(SqlTime.of(at), id)
                .update();
    }

    Optional<ExamSession> session(UUID id) {
        return jdbc.sql("SELECT * FROM cert_exam_session WHERE id = ?")
                .param(id)
                .query(JdbcExams::session)
                .optional();
    }

    List<ExamSession> sessions() {
        return jdbc.sql("SELECT * FROM cert_exam_session ORDER BY exam_date DESC")
                .query(JdbcExams::session)
                .list();
    }

    /** One training centre's sessions, the latest exam first. */
    List<ExamSession> sessions(UUID centre) {
        return jdbc.sql("SELECT * FROM cert_exam_session WHERE training_centre_id = ? ORDER BY exam_date DESC")
                .param(centre)
                .query(JdbcExams::session)
                .list();
    }

    /** Locks the session row so that two registrations cannot both take the last seat. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM cert_exam_session WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    int occupied(UUID sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_candidate WHERE session_id = ? AND status <> 'REJECTED'")
                .param(sessionId)
                .query(Integer.class)
                .single();
    }

    void insert(Candidate c, String tokenHash) {
        jdbc.sql("""
                INSERT INTO cert_candidate (id, session_id, access_token_hash, full_name, national_id, birth_place, birth_date,
                    email, status, registered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        c.id(),
                        c.sessionId(),
                        tokenHash,
                        c.fullName(),
                        c.nationalId(),
                        c.birthPlace(),
                        Date.valueOf(c.birthDate()),
                        c.email(),
                        c.status().name(),
                        SqlTime.of(c.registeredAt()))
                .update();
    }

    void document(UUID candidate, String kind, String sha, String type, long size) {
        jdbc.sql(
                        "INSERT INTO cert_candidate_document (candidate_id, kind, sha256, content_type, size_bytes) VALUES (?, ?, ?, ?, ?)")
                .params(candidate, kind, sha, type, size)
                .update();
    }

    record StoredDocument(String sha256, String contentType, long sizeBytes) {}

    java.util.Optional<StoredDocument> document(UUID candidate, String kind) {
        return jdbc.sql("SELECT * FROM cert_candidate_document WHERE candidate_id = ? AND kind = ?")
                .params(candidate, kind)
                .query((rs, n) -> new StoredDocument(
                        rs.getString("sha256"), rs.getString("content_type"), rs.getLong("size_bytes")))
                .optional();
    }

    List<String> documents(UUID candidate) {
        return jdbc.sql("SELECT kind FROM cert_candidate_document WHERE candidate_id = ? ORDER BY kind")
                .param(candidate)
                .query(String.class)
                .list();
    }

    void update(Candidate c, @Nullable UUID checkedBy, @Nullable Instant checkedAt, @Nullable Instant paidAt) {
        int n = jdbc.sql("""
                UPDATE cert_candidate SET status = ?, seat_number = ?, rejection_reason = ?, payment_reference = ?,
                    attended = ?, mc_score = ?, essay_score = ?, final_score = ?, passed = ?,
                    checked_by = COALESCE(?, checked_by), checked_at = COALESCE(?, checked_at), paid_at = COALESCE(?, paid_at),
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        c.status().name(),
                        c.seatNumber(),
                        c.rejectionReason(),
                        c.paymentReference(),
                        c.attended(),
                        c.mcScore(),
                        c.essayScore(),
                        c.finalScore(),
                        c.passed(),
                        checkedBy,
                        SqlTime.of(checkedAt),
                        SqlTime.of(paidAt),
                        c.id(),
                        c.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Candidate " + c.id() + " changed concurrently");
        }
    }

    Optional<Candidate> candidate(UUID id) {
        return jdbc.sql("SELECT * FROM cert_candidate WHERE id = ?")
                .param(id)
                .query(JdbcExams::candidate)
                .optional();
    }

    Optional<Candidate> byToken(String hash) {
        return jdbc.sql("SELECT * FROM cert_candidate WHERE access_token_hash = ?")
                .param(hash)
                .query(JdbcExams::candidate)
                .optional();
    }

    List<Candidate> candidates(UUID sessionId) {
        return jdbc.sql("SELECT * FROM cert_candidate WHERE session_id = ? ORDER BY registered_at, seat_number, id")
                .param(sessionId)
                .query(JdbcExams::candidate)
                .list();
    }

    int seatsGiven(UUID sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_candidate WHERE session_id = ? AND seat_number IS NOT NULL")
                .param(sessionId)
                .query(Integer.class)
                .single();
    }

    private static ExamSession session(ResultSet rs, int n) throws SQLException {
        return new ExamSession(
                rs.getObject("id", UUID.class),
                rs.getObject("training_centre_id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getDate("exam_date").toLocalDate(),
                rs.getString("venue"),
                rs.getInt("capacity"),
                rs.getDate("registration_opens").toLocalDate(),
                rs.getDate("registration_closes").toLocalDate(),
                rs.getDouble("pass_mark"),
                rs.getDouble("mc_weight"),
                SqlTime.instant(rs, "results_published_at"),
                SqlTime.instant(rs, "created_at"));
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("full_name"),
                rs.getString("national_id"),
                rs.getString("birth_place"),
                rs.getDate("birth_date").toLocalDate(),
                rs.getString("email"),
                Candidate.Status.valueOf(rs.getString("status")),
                rs.getString("seat_number"),
                rs.getString("rejection_reason"),
                SqlTime.instant(rs, "registered_at"),
                rs.getString("payment_reference"),
                rs.getObject("attended", Boolean.class),
                rs.getObject("mc_score", Double.class),
                rs.getObject("essay_score", Double.class),
                rs.getObject("final_score", Double.class),
                rs.getObject("passed", Boolean.class),
                rs.getInt("version"));
    }
}
