package id.rantai.aeo.assessment;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessments {
    private final JdbcClient jdbc;

    JdbcAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assessment a) {
        jdbc.sql("""
                INSERT INTO aeo_assessment (id, organisation_id, customs_office_id, framework_id, state, round,
                    small_medium_enterprise, reefer_containers, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        a.id(),
                        a.organisationId(),
                        a.customsOfficeId(),
                        a.frameworkId(),
                        a.state().name(),
                        a.round(),
                        a.smallMediumEnterprise(),
                        a.reeferContainers(),
                        SqlTime.of(a.createdAt()),
                        a.createdBy())
                .update();
    }

    void update(Assessment a) {
        int n = jdbc.sql("""
                UPDATE aeo_assessment SET state = ?, round = ?, small_medium_enterprise = ?, reefer_containers = ?,
                    submitted_at = ?, decided_at = ?, decided_by = ?, decision_note = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        a.state().name(),
                        a.round(),
                        a.smallMediumEnterprise(),
                        a.reeferContainers(),
                        SqlTime.of(a.submittedAt()),
                        SqlTime.of(a.decidedAt()),
                        a.decidedBy(),
                        a.decisionNote(),
                        a.id(),
                        a.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Assessment " + a.id() + " changed concurrently");
        }
    }

    Optional<Assessment> find(UUID id) {
        return jdbc.sql("SELECT * FROM aeo_assessment WHERE id = ?")
                .param(id)
                .query(JdbcAssessments::row)
                .optional();
    }

    void carriedFrom(UUID assessmentId, UUID previous) {
        jdbc.sql("UPDATE aeo_assessment SET carried_from = ? WHERE id = ?")
                .params(previous, assessmentId)
                .update();
    }

    Optional<UUID> carriedFrom(UUID assessmentId) {
        return jdbc.sql("SELECT carried_from FROM aeo_assessment WHERE id = ? AND carried_from IS NOT NULL")
                .param(assessmentId)
                .query(UUID.class)
                .optional();
    }

    List<Assessment> ofOrganisation(UUID organisationId) {
        return jdbc.sql("SELECT * FROM aeo_assessment WHERE organisation_id = ? ORDER BY created_at DESC")
                .param(organisationId)
                .query(JdbcAssessments::row)
                .list();
    }

    List<Assessment> ofOffice(UUID officeId) {
        return jdbc.sql(
                        "SELECT * FROM aeo_assessment WHERE customs_office_id = ? AND round > 0 ORDER BY created_at DESC")
                .param(officeId)
                .query(JdbcAssessments::row)
                .list();
    }

    List<Assessment> all() {
        return jdbc.sql("SELECT * FROM aeo_assessment ORDER BY created_at DESC")
                .query(JdbcAssessments::row)
                .list();
    }

    // ---------------------------------------------------------------- answers

    void saveAnswer(UUID assessmentId, Answer a) {
        // Both statements take the answer's columns first and its key last, so one list serves both.
        List<@Nullable Object> params = Arrays.asList(
                a.status().name(),
                a.narrative(),
                a.justification(),
                a.responsiblePerson(),
                a.reassessmentDue(),
                SqlTime.of(a.updatedAt()),
                a.updatedBy(),
                assessmentId,
                a.code());
        int n = jdbc.sql("""
                UPDATE aeo_answer SET status = ?, narrative = ?, justification = ?, responsible_person = ?,
                    reassessment_due = ?, updated_at = ?, updated_by = ? WHERE assessment_id = ? AND code = ?""").params(params).update();
        if (n == 0) {
            jdbc.sql("""
                    INSERT INTO aeo_answer (status, narrative, justification, responsible_person, reassessment_due,
                        updated_at, updated_by, assessment_id, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(params).update();
        }
        jdbc.sql("DELETE FROM aeo_answer_evidence WHERE assessment_id = ? AND code = ?")
                .params(assessmentId, a.code())
                .update();
        int position = 0;
        for (UUID e : a.evidenceIds()) {
            jdbc.sql("INSERT INTO aeo_answer_evidence (assessment_id, code, evidence_id, position) VALUES (?, ?, ?, ?)")
                    .params(assessmentId, a.code(), e, position++)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO aeo_answer_history (assessment_id, code, status, narrative, justification, responsible_person,
                    evidence_ids, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        assessmentId,
                        a.code(),
                        a.status().name(),
                        a.narrative(),
                        a.justification(),
                        a.responsiblePerson(),
                        a.evidenceIds().stream().map(UUID::toString).collect(Collectors.joining(",")),
                        SqlTime.of(a.updatedAt()),
                        a.updatedBy())
                .update();
    }

    /** Whether the evidence is cited in a submitted assessment under the given customs office. */
    boolean citedUnderOffice(UUID evidenceId, UUID officeId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM aeo_answer_evidence ae JOIN aeo_assessment a ON a.id = ae.assessment_id
                WHERE ae.evidence_id = ? AND a.customs_office_id = ? AND a.round > 0""").params(evidenceId, officeId).query(Integer.class).single() > 0;
    }

    void flagReassessment(UUID assessmentId, String code) {
        jdbc.sql("UPDATE aeo_answer SET reassessment_due = TRUE WHERE assessment_id = ? AND code = ?")
                .params(assessmentId, code)
                .update();
    }

    Map<String, Answer> answers(UUID assessmentId) {
        Map<String, List<UUID>> evidence = new HashMap<>();
        jdbc.sql("SELECT code, evidence_id FROM aeo_answer_evidence WHERE assessment_id = ? ORDER BY code, position")
                .param(assessmentId)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getString("code"), k -> new ArrayList<>())
                        .add(rs.getObject("evidence_id", UUID.class)))
                .list();
        Map<String, Answer> out = new HashMap<>();
        jdbc.sql("SELECT * FROM aeo_answer WHERE assessment_id = ?")
                .param(assessmentId)
                .query((rs, n) -> new Answer(
                        rs.getString("code"),
                        AnswerStatus.valueOf(rs.getString("status")),
                        rs.getString("narrative"),
                        rs.getString("justification"),
                        rs.getString("responsible_person"),
                        evidence.getOrDefault(rs.getString("code"), List.of()),
                        rs.getBoolean("reassessment_due"),
                        SqlTime.instant(rs, "updated_at"),
                        rs.getObject("updated_by", UUID.class)))
                .list()
                .forEach(a -> out.put(a.code(), a));
        return out;
    }

    List<Answer> history(UUID assessmentId, String code) {
        return jdbc.sql("SELECT * FROM aeo_answer_history WHERE assessment_id = ? AND code = ? ORDER BY id")
                .params(assessmentId, code)
                .query((rs, n) -> new Answer(
                        code,
                        AnswerStatus.valueOf(rs.getString("status")),
                        rs.getString("narrative"),
                        rs.getString("justification"),
                        rs.getString("responsible_person"),
                        ids(rs.getString("evidence_ids")),
                        false,
                        SqlTime.instant(rs, "changed_at"),
                        rs.getObject("changed_by", UUID.class)))
                .list();
    }

    // ---------------------------------------------------------------- rounds

    void freeze(UUID assessmentId, int round, Answer a, String evidenceSummary) {
        jdbc.sql("""
                INSERT INTO aeo_round_answer (assessment_id, round, code, status, narrative, justification,
                    responsible_person, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        assessmentId,
                        round,
                        a.code(),
                        a.status().name(),
                        a.narrative(),
                        a.justification(),
                        a.responsiblePerson(),
                        evidenceSummary)
                .update();
    }

    void freezeLive(UUID assessmentId, int round, String code, String english, String indonesian) {
        jdbc.sql("""
                INSERT INTO aeo_round_live (assessment_id, round, code, figures, figures_id)
                VALUES (?, ?, ?, ?, ?)""").params(assessmentId, round, code, english, indonesian).update();
    }

    Map<String, RoundAnswer> round(UUID assessmentId, int round) {
        Map<String, RoundAnswer> out = new HashMap<>();
        jdbc.sql("SELECT * FROM aeo_round_answer WHERE assessment_id = ? AND round = ?")
                .params(assessmentId, round)
                .query((rs, n) -> new RoundAnswer(
                        rs.getString("code"),
                        AnswerStatus.valueOf(rs.getString("status")),
                        rs.getString("narrative"),
                        rs.getString("justification"),
                        rs.getString("responsible_person"),
                        rs.getString("evidence")))
                .list()
                .forEach(r -> out.put(r.code(), r));
        return out;
    }

    /** The round's frozen live figures by criterion, in English or in Indonesian (English where a round has none). */
    Map<String, String> roundLive(UUID assessmentId, int round, boolean indonesian) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT code, figures, figures_id FROM aeo_round_live WHERE assessment_id = ? AND round = ?")
                .params(assessmentId, round)
                .query((rs, n) -> out.put(
                        rs.getString("code"),
                        indonesian && rs.getString("figures_id") != null
                                ? rs.getString("figures_id")
                                : rs.getString("figures")))
                .list();
        return out;
    }

    // ---------------------------------------------------------------- reviews and comments

    void saveReview(UUID assessmentId, int round, String code, ReviewVerdict verdict, UUID by, Instant at) {
        jdbc.sql("DELETE FROM aeo_review WHERE assessment_id = ? AND round = ? AND code = ?")
                .params(assessmentId, round, code)
                .update();
        jdbc.sql("""
                INSERT INTO aeo_review (assessment_id, round, code, verdict, reviewed_by, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(assessmentId, round, code, verdict.name(), by, SqlTime.of(at))
                .update();
    }

    Map<String, ReviewVerdict> reviews(UUID assessmentId, int round) {
        Map<String, ReviewVerdict> out = new HashMap<>();
        jdbc.sql("SELECT code, verdict FROM aeo_review WHERE assessment_id = ? AND round = ?")
                .params(assessmentId, round)
                .query((rs, n) -> out.put(rs.getString("code"), ReviewVerdict.valueOf(rs.getString("verdict"))))
                .list();
        return out;
    }

    void insertComment(Comment c) {
        jdbc.sql("""
                INSERT INTO aeo_comment (id, assessment_id, code, round, author_user_id, author_org_id, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.assessmentId(),
                        c.code(),
                        c.round(),
                        c.authorUserId(),
                        c.authorOrganisationId(),
                        c.body(),
                        SqlTime.of(c.createdAt()))
                .update();
    }

    List<Comment> comments(UUID assessmentId) {
        return jdbc.sql("SELECT * FROM aeo_comment WHERE assessment_id = ? ORDER BY seq")
                .param(assessmentId)
                .query((rs, n) -> new Comment(
                        rs.getObject("id", UUID.class),
                        assessmentId,
                        rs.getString("code"),
                        rs.getInt("round"),
                        rs.getObject("author_user_id", UUID.class),
                        rs.getObject("author_org_id", UUID.class),
                        rs.getString("body"),
                        SqlTime.instant(rs, "created_at")))
                .list();
    }

    private static List<UUID> ids(@Nullable String csv) {
        return csv == null || csv.isEmpty()
                ? List.of()
                : Arrays.stream(csv.split(",")).map(UUID::fromString).toList();
    }

    private static Assessment row(ResultSet rs, int n) throws SQLException {
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("customs_office_id", UUID.class),
                rs.getObject("framework_id", UUID.class),
                AssessmentState.valueOf(rs.getString("state")),
                rs.getInt("round"),
                rs.getBoolean("small_medium_enterprise"),
                rs.getBoolean("reefer_containers"),
                SqlTime.instant(rs, "created_at"),
                rs.getObject("created_by", UUID.class),
                SqlTime.instant(rs, "submitted_at"),
                SqlTime.instant(rs, "decided_at"),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decision_note"),
                rs.getInt("version"));
    }
}
