package id.rantai.certification.certificate;

import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCertificates {
    private final JdbcClient jdbc;

    JdbcCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Certificate c) {
        jdbc.sql("""
                INSERT INTO cert_certificate (id, training_centre_id, number, verification_code, holder_name, national_id,
                    birth_place, birth_date, exam_year, issued_on, candidate_id, source, status, status_reason,
                    predecessor_id, successor_id, status_index, signed_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        c.id(),
                        c.trainingCentreId(),
                        c.number(),
                        c.verificationCode(),
                        c.holderName(),
                        c.nationalId(),
                        c.birthPlace(),
                        Date.valueOf(c.birthDate()),
                        c.examYear(),
                        Date.valueOf(c.issuedOn()),
                        c.candidateId(),
                        c.source().name(),
                        c.status().name(),
                        c.statusReason(),
                        c.predecessorId(),
                        c.successorId(),
                        c.statusIndex(),
                        c.signedBy(),
                        SqlTime.of(c.createdAt()))
                .update();
    }

    void updateStatus(Certificate c, Certificate.Status status, @Nullable String reason, @Nullable UUID successor) {
        int n = jdbc.sql("""
                UPDATE cert_certificate SET status = ?, status_reason = ?, successor_id = COALESCE(?, successor_id),
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(status.name(), reason, successor, c.id(), c.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Certificate " + c.number() + " changed concurrently");
        }
    }

    void history(
            UUID id,
            @Nullable UUID by,
            String field,
            @Nullable String before,
            @Nullable String after,
            String reason,
            Instant at) {
        jdbc.sql("""
                INSERT INTO cert_certificate_history (certificate_id, changed_at, changed_by, field, old_value, new_value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, SqlTime.of(at), by, field, before, after, reason)
                .update();
    }

    record Change(
            Instant at,
            String field,
            @Nullable String before,
            @Nullable String after,
            String reason) {}

    List<Change> history(UUID id) {
        return jdbc.sql("SELECT * FROM cert_certificate_history WHERE certificate_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Change(
                        SqlTime.instant(rs, "changed_at"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason")))
                .list();
    }

    /** Who made the first entry in a certificate's history: for an old certificate, who entered it. */
    Optional<UUID> firstChangedBy(UUID id) {
        return jdbc
                .sql("SELECT changed_by FROM cert_certificate_history WHERE certificate_id = ? ORDER BY id")
                .param(id)
                .query(UUID.class)
                .list()
                .stream()
                .findFirst();
    }

    Optional<Certificate> find(UUID id) {
        return jdbc.sql("SELECT * FROM cert_certificate WHERE id = ?")
                .param(id)
                .query(JdbcCertificates::row)
                .optional();
    }

    Optional<Certificate> byNumber(String number) {
        return jdbc.sql("SELECT * FROM cert_certificate WHERE number = ?")
                .param(number)
                .query(JdbcCertificates::row)
                .optional();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT * FROM cert_certificate WHERE verification_code = ?")
                .param(code)
                .query(JdbcCertificates::row)
                .optional();
    }

    Optional<Certificate> byCandidate(UUID candidate) {
        return jdbc.sql("SELECT * FROM cert_certificate WHERE candidate_id = ? AND source = 'EXAM'")
                .param(candidate)
                .query(JdbcCertificates::row)
                .optional();
    }

    boolean numberExists(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_certificate WHERE number = ?")
                        .param(number)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean indexUsed(int index) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_certificate WHERE status_index = ?")
                        .param(index)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int countForYear(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_certificate WHERE exam_year = ? AND source = 'EXAM'")
                .param(year)
                .query(Integer.class)
                .single();
    }

    List<Integer> revokedIndexes() {
        return jdbc.sql("SELECT status_index FROM cert_certificate WHERE status IN ('REVOKED', 'CORRECTED', 'LOST')")
                .query(Integer.class)
                .list();
    }

    /** Certificates of one training centre, or (null) of every centre, matching what is given. */
    Page<Certificate> search(
            @Nullable UUID centre,
            @Nullable String number,
            @Nullable String name,
            @Nullable Integer year,
            int limit,
            int offset) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (centre != null) {
            where.append(" AND training_centre_id = ?");
            params.add(centre);
        }
        if (number != null && !number.isBlank()) {
            where.append(" AND number = ?");
            params.add(number.trim());
        }
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(holder_name) LIKE ?");
            params.add("%"
                    + name.trim()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
        }
        if (year != null) {
            where.append(" AND exam_year = ?");
            params.add(year);
        }
        return new PagedQuery("cert_certificate", where.toString(), params, "number, id")
                .page(jdbc, JdbcCertificates::row, limit, offset);
    }

    private static Certificate row(ResultSet rs, int n) throws SQLException {
        return new Certificate(
                rs.getObject("id", UUID.class),
                rs.getObject("training_centre_id", UUID.class),
                rs.getString("number"),
                rs.getString("verification_code"),
                rs.getString("holder_name"),
                rs.getString("national_id"),
                rs.getString("birth_place"),
                rs.getDate("birth_date").toLocalDate(),
                rs.getInt("exam_year"),
                rs.getDate("issued_on").toLocalDate(),
                rs.getObject("candidate_id", UUID.class),
                Certificate.Source.valueOf(rs.getString("source")),
                Certificate.Status.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getObject("predecessor_id", UUID.class),
                rs.getObject("successor_id", UUID.class),
                rs.getInt("status_index"),
                rs.getObject("signed_by", UUID.class),
                SqlTime.instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
