package id.rantai.training.catalogue;

import id.rantai.shared.jdbc.SqlTime;
import id.rantai.training.rules.TrainingRules;
import java.sql.Date;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogue {
    private final JdbcClient jdbc;

    JdbcCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean seeded(UUID org) {
        return jdbc.sql("SELECT COUNT(*) FROM training_catalogue WHERE organisation_id = ?")
                        .param(org)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void markSeeded(UUID org, Instant at) {
        jdbc.sql("INSERT INTO training_catalogue (organisation_id, seeded_at) VALUES (?, ?)")
                .params(org, SqlTime.of(at))
                .update();
    }

    void insert(Topic t) {
        jdbc.sql("""
                INSERT INTO training_topic (id, organisation_id, code, title_id, title_en, audience, current_version, active,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        t.id(),
                        t.organisationId(),
                        t.code(),
                        t.titleId(),
                        t.titleEn(),
                        t.audience().name(),
                        t.currentVersion(),
                        t.active(),
                        SqlTime.of(t.createdAt()))
                .update();
    }

    void update(Topic t) {
        jdbc.sql(
                        "UPDATE training_topic SET title_id = ?, title_en = ?, audience = ?, current_version = ?, active = ? WHERE id = ?")
                .params(t.titleId(), t.titleEn(), t.audience().name(), t.currentVersion(), t.active(), t.id())
                .update();
    }

    void insert(TopicVersion v, UUID by) {
        jdbc.sql("""
                INSERT INTO training_topic_version (topic_id, version, published_on, due_days, change_note, published_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(v.topicId(), v.version(), Date.valueOf(v.publishedOn()), v.dueDays(), v.changeNote(), by)
                .update();
    }

    List<Topic> topics(UUID org) {
        return jdbc.sql("SELECT * FROM training_topic WHERE organisation_id = ? ORDER BY audience, code")
                .param(org)
                .query(JdbcCatalogue::topic)
                .list();
    }

    Optional<Topic> topic(UUID id) {
        return jdbc.sql("SELECT * FROM training_topic WHERE id = ?")
                .param(id)
                .query(JdbcCatalogue::topic)
                .optional();
    }

    Map<UUID, List<TopicVersion>> versions(UUID org) {
        Map<UUID, List<TopicVersion>> out = new HashMap<>();
        jdbc.sql("""
                SELECT v.* FROM training_topic_version v JOIN training_topic t ON t.id = v.topic_id
                WHERE t.organisation_id = ? ORDER BY v.version""")
                .param(org)
                .query((rs, n) -> new TopicVersion(
                        rs.getObject("topic_id", UUID.class),
                        rs.getInt("version"),
                        rs.getDate("published_on").toLocalDate(),
                        rs.getInt("due_days"),
                        rs.getString("change_note")))
                .list()
                .forEach(v ->
                        out.computeIfAbsent(v.topicId(), k -> new ArrayList<>()).add(v));
        return out;
    }

    void insert(JobFunction f) {
        jdbc.sql("INSERT INTO job_function (id, organisation_id, code, name) VALUES (?, ?, ?, ?)")
                .params(f.id(), f.organisationId(), f.code(), f.name())
                .update();
        setTopics(f.id(), f.topicIds());
    }

    void setTopics(UUID functionId, List<UUID> topics) {
        jdbc.sql("DELETE FROM job_function_topic WHERE job_function_id = ?")
                .param(functionId)
                .update();
        for (UUID t : topics) {
            jdbc.sql("INSERT INTO job_function_topic (job_function_id, topic_id) VALUES (?, ?)")
                    .params(functionId, t)
                    .update();
        }
    }

    List<JobFunction> functions(UUID org) {
        Map<UUID, List<UUID>> topics = new HashMap<>();
        jdbc.sql("""
                SELECT f.id, ft.topic_id FROM job_function f JOIN job_function_topic ft ON ft.job_function_id = f.id
                WHERE f.organisation_id = ?""")
                .param(org)
                .query((rs, n) -> topics.computeIfAbsent(rs.getObject("id", UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject("topic_id", UUID.class)))
                .list();
        return jdbc.sql("SELECT * FROM job_function WHERE organisation_id = ? ORDER BY code")
                .param(org)
                .query((rs, n) -> new JobFunction(
                        rs.getObject("id", UUID.class),
                        org,
                        rs.getString("code"),
                        rs.getString("name"),
                        topics.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    Optional<TrainingRules.Settings> settings(UUID org) {
        return jdbc.sql("SELECT * FROM training_settings WHERE organisation_id = ?")
                .param(org)
                .query((rs, n) -> new TrainingRules.Settings(
                        rs.getInt("hire_due_days"),
                        rs.getInt("refresher_months"),
                        rs.getInt("refresher_window_days"),
                        rs.getInt("new_version_due_days"),
                        rs.getInt("job_function_due_days"),
                        rs.getDate("programme_start") == null
                                ? null
                                : rs.getDate("programme_start").toLocalDate(),
                        rs.getObject("baseline_grace_days", Integer.class),
                        rs.getString("refresher_exception")))
                .optional();
    }

    List<Integer> reminderDays(UUID org) {
        return jdbc.sql("SELECT reminder_days FROM training_settings WHERE organisation_id = ?")
                .param(org)
                .query(String.class)
                .optional()
                .map(s -> Arrays.stream(s.split(","))
                        .filter(x -> !x.isBlank())
                        .map(Integer::parseInt)
                        .toList())
                .orElse(List.of(30, 7, 1));
    }

    Optional<String> complianceEmail(UUID org) {
        return jdbc.sql("SELECT compliance_email FROM training_settings WHERE organisation_id = ?")
                .param(org)
                .query(String.class)
                .optional();
    }

    void saveSettings(UUID org, TrainingRules.Settings s, List<Integer> reminderDays, String complianceEmail) {
        jdbc.sql("DELETE FROM training_settings WHERE organisation_id = ?")
                .param(org)
                .update();
        jdbc.sql("""
                INSERT INTO training_settings (organisation_id, hire_due_days, refresher_months, refresher_window_days,
                    new_version_due_days, job_function_due_days, reminder_days, compliance_email, programme_start,
                    baseline_grace_days, refresher_exception)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org,
                        s.hireDueDays(),
                        s.refresherMonths(),
                        s.refresherWindowDays(),
                        s.newVersionDueDays(),
                        s.jobFunctionDueDays(),
                        reminderDays.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        complianceEmail,
                        s.programmeStart() == null ? null : Date.valueOf(s.programmeStart()),
                        s.baselineGraceDays(),
                        s.refresherExceptionReason())
                .update();
    }

    private static Topic topic(ResultSet rs, int n) throws SQLException {
        return new Topic(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("code"),
                rs.getString("title_id"),
                rs.getString("title_en"),
                Audience.valueOf(rs.getString("audience")),
                rs.getInt("current_version"),
                rs.getBoolean("active"),
                SqlTime.instant(rs, "created_at"));
    }
}
