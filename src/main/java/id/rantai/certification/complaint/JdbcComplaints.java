package id.rantai.certification.complaint;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcComplaints {
    private final JdbcClient jdbc;

    JdbcComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new complaint, followed by the holder of the token whose hash is stored. */
    void insert(Complaint c, String tokenHash) {
        jdbc.sql("""
                INSERT INTO cert_complaint (id, training_centre_id, access_token_hash, service, applicant_name,
                    applicant_email, reference, description, state, submitted_at, due_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.trainingCentreId(),
                        tokenHash,
                        c.service(),
                        c.applicantName(),
                        c.applicantEmail(),
                        c.reference(),
                        c.description(),
                        c.state().name(),
                        SqlTime.of(c.submittedAt()),
                        Date.valueOf(c.dueOn()))
                .update();
    }

    void answered(UUID id, UUID by, Instant at, String answer) {
        jdbc.sql(
                        "UPDATE cert_complaint SET state = 'ANSWERED', answered_by = ?, answered_at = ?, answer = ? WHERE id = ?")
                .params(by, SqlTime.of(at), answer, id)
                .update();
    }

    List<Complaint> open() {
        return jdbc.sql("SELECT * FROM cert_complaint WHERE state = 'SUBMITTED' ORDER BY submitted_at")
                .query(JdbcComplaints::row)
                .list();
    }

    /** One training centre's unanswered complaints, oldest first. */
    List<Complaint> open(UUID centre) {
        return jdbc.sql(
                        "SELECT * FROM cert_complaint WHERE training_centre_id = ? AND state = 'SUBMITTED' ORDER BY submitted_at")
                .param(centre)
                .query(JdbcComplaints::row)
                .list();
    }

    Optional<Complaint> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM cert_complaint WHERE access_token_hash = ?")
                .param(tokenHash)
                .query(JdbcComplaints::row)
                .optional();
    }

    Optional<Complaint> find(UUID id) {
        return jdbc.sql("SELECT * FROM cert_complaint WHERE id = ?")
                .param(id)
                .query(JdbcComplaints::row)
                .optional();
    }

    private static Complaint row(ResultSet rs, int n) throws SQLException {
        return new Complaint(
                rs.getObject("id", UUID.class),
                rs.getObject("training_centre_id", UUID.class),
                rs.getString("service"),
                rs.getString("applicant_name"),
                rs.getString("applicant_email"),
                rs.getString("reference"),
                rs.getString("description"),
                Complaint.State.valueOf(rs.getString("state")),
                SqlTime.instant(rs, "submitted_at"),
                rs.getDate("due_on").toLocalDate(),
                SqlTime.instant(rs, "answered_at"),
                rs.getString("answer"));
    }
}
