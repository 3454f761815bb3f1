package id.rantai.aeo.records;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRecords {
    private final JdbcClient jdbc;

    JdbcRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TradePartner p) {
        jdbc.sql("""
                INSERT INTO aeo_trade_partner (id, organisation_id, name, country, relationship, screening_status, screened_on,
                    security_clause, aeo_certified, last_review_on, next_review_on, notes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.id(),
                        p.organisationId(),
                        p.name(),
                        p.country(),
                        p.relationship(),
                        p.screening().name(),
                        date(p.screenedOn()),
                        p.securityClause(),
                        p.aeoCertified(),
                        date(p.lastReviewOn()),
                        date(p.nextReviewOn()),
                        p.notes(),
                        SqlTime.of(p.createdAt()),
                        SqlTime.of(p.updatedAt()))
                .update();
    }

    List<TradePartner> partners(UUID organisationId) {
        return jdbc.sql("SELECT * FROM aeo_trade_partner WHERE organisation_id = ? ORDER BY name")
                .param(organisationId)
                .query(JdbcRecords::partner)
                .list();
    }

    Optional<TradePartner> partner(UUID id) {
        return jdbc.sql("SELECT * FROM aeo_trade_partner WHERE id = ?")
                .param(id)
                .query(JdbcRecords::partner)
                .optional();
    }

    void insert(ReviewRecord r) {
        jdbc.sql("""
                INSERT INTO aeo_review_record (id, organisation_id, kind, title, held_on, responsible, findings,
                    management_feedback, recommendations, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id(),
                        r.organisationId(),
                        r.kind().name(),
                        r.title(),
                        Date.valueOf(r.heldOn()),
                        r.responsible(),
                        r.findings(),
                        r.managementFeedback(),
                        r.recommendations(),
                        SqlTime.of(r.createdAt()),
                        r.createdBy())
                .update();
    }

    List<ReviewRecord> reviews(UUID organisationId, ReviewRecord.Kind kind) {
        return jdbc.sql("SELECT * FROM aeo_review_record WHERE organisation_id = ? AND kind = ? ORDER BY held_on DESC")
                .params(organisationId, kind.name())
                .query(JdbcRecords::review)
                .list();
    }

    Optional<ReviewRecord> review(UUID id) {
        return jdbc.sql("SELECT * FROM aeo_review_record WHERE id = ?")
                .param(id)
                .query(JdbcRecords::review)
                .optional();
    }

    void setInterval(UUID organisationId, ReviewRecord.Kind kind, int months) {
        jdbc.sql("DELETE FROM aeo_review_schedule WHERE organisation_id = ? AND kind = ?")
                .params(organisationId, kind.name())
                .update();
        jdbc.sql("INSERT INTO aeo_review_schedule (organisation_id, kind, interval_months) VALUES (?, ?, ?)")
                .params(organisationId, kind.name(), months)
                .update();
    }

    int interval(UUID organisationId, ReviewRecord.Kind kind) {
        return jdbc.sql("SELECT interval_months FROM aeo_review_schedule WHERE organisation_id = ? AND kind = ?")
                .params(organisationId, kind.name())
                .query(Integer.class)
                .optional()
                .orElse(kind.defaultIntervalMonths);
    }

    void insert(CrisisPlan c) {
        jdbc.sql("""
                INSERT INTO aeo_crisis_plan (id, organisation_id, title, scenarios, authorities, approved_on, review_due_on,
                    created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.organisationId(),
                        c.title(),
                        c.scenarios(),
                        c.authorities(),
                        Date.valueOf(c.approvedOn()),
                        Date.valueOf(c.reviewDueOn()),
                        SqlTime.of(c.createdAt()),
                        c.createdBy())
                .update();
    }

    List<CrisisPlan> plans(UUID organisationId) {
        return jdbc.sql("SELECT * FROM aeo_crisis_plan WHERE organisation_id = ? ORDER BY approved_on DESC")
                .param(organisationId)
                .query((rs, n) -> new CrisisPlan(
                        rs.getObject("id", UUID.class),
                        organisationId,
                        rs.getString("title"),
                        rs.getString("scenarios"),
                        rs.getString("authorities"),
                        local(rs, "approved_on"),
                        local(rs, "review_due_on"),
                        SqlTime.instant(rs, "created_at"),
                        rs.getObject("created_by", UUID.class)))
                .list();
    }

    boolean planBelongsTo(UUID id, UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM aeo_crisis_plan WHERE id = ? AND organisation_id = ?")
                        .params(id, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static TradePartner partner(ResultSet rs, int n) throws SQLException {
        return new TradePartner(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getString("country"),
                rs.getString("relationship"),
                TradePartner.Screening.valueOf(rs.getString("screening_status")),
                local(rs, "screened_on"),
                rs.getBoolean("security_clause"),
                rs.getBoolean("aeo_certified"),
                local(rs, "last_review_on"),
                local(rs, "next_review_on"),
                rs.getString("notes"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"));
    }

    private static ReviewRecord review(ResultSet rs, int n) throws SQLException {
        return new ReviewRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                ReviewRecord.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                local(rs, "held_on"),
                rs.getString("responsible"),
                rs.getString("findings"),
                rs.getString("management_feedback"),
                rs.getString("recommendations"),
                SqlTime.instant(rs, "created_at"),
                rs.getObject("created_by", UUID.class));
    }
}
