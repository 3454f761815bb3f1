package id.rantai.certification.standard;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStandard {
    private final JdbcClient jdbc;

    JdbcStandard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CaseRow(
            UUID id,
            String service,
            UUID subjectId,
            LocalDate startedOn,
            LocalDate dueOn,
            @Nullable LocalDate completedOn) {}

    void start(UUID id, UUID centre, ServiceStandard.CaseType type, UUID subject, LocalDate started, LocalDate due) {
        jdbc.sql("""
                INSERT INTO cert_service_case (id, training_centre_id, service, subject_id, started_on, due_on)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, centre, type.name(), subject, Date.valueOf(started), Date.valueOf(due))
                .update();
    }

    boolean complete(ServiceStandard.CaseType type, UUID subject, LocalDate on) {
        return jdbc.sql("""
                UPDATE cert_service_case SET completed_on = ? WHERE service = ? AND subject_id = ? AND completed_on IS NULL""").params(Date.valueOf(on), type.name(), subject).update() == 1;
    }

    Optional<CaseRow> find(ServiceStandard.CaseType type, UUID subject) {
        return jdbc.sql("SELECT * FROM cert_service_case WHERE service = ? AND subject_id = ?")
                .params(type.name(), subject)
                .query(JdbcStandard::caseRow)
                .optional();
    }

    /** The cases started in a period, of one training centre or (null) of every centre. */
    List<CaseRow> cases(@Nullable UUID centre, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM cert_service_case WHERE started_on >= :from AND started_on <= :to
                AND (CAST(:centre AS UUID) IS NULL OR training_centre_id = :centre) ORDER BY started_on""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("centre", centre)
                .query(JdbcStandard::caseRow)
                .list();
    }

    boolean answered(UUID caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM cert_survey WHERE case_id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void answer(UUID caseId, int satisfaction, int[] elements, @Nullable String comment, Instant at) {
        jdbc.sql(
                        "INSERT INTO cert_survey (case_id, satisfaction, elements, comment, answered_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        caseId,
                        satisfaction,
                        Arrays.stream(elements).mapToObj(String::valueOf).collect(Collectors.joining(",")),
                        comment,
                        SqlTime.of(at))
                .update();
    }

    /** Survey answers of cases of the given case types, answered in a period, for one centre or (null) all. */
    List<Satisfaction.Answer> answers(@Nullable UUID centre, List<String> caseTypes, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT s.satisfaction, s.elements FROM cert_survey s JOIN cert_service_case c ON c.id = s.case_id
                WHERE c.service IN (:types) AND s.answered_at >= :from AND s.answered_at < :to
                AND (CAST(:centre AS UUID) IS NULL OR c.training_centre_id = :centre)""")
                .param("centre", centre)
                .param("types", caseTypes)
                .param("from", SqlTime.of(from))
                .param("to", SqlTime.of(to))
                .query((rs, n) -> new Satisfaction.Answer(
                        rs.getInt("satisfaction"),
                        Arrays.stream(rs.getString("elements").split(","))
                                .mapToInt(Integer::parseInt)
                                .toArray()))
                .list();
    }

    List<LocalDate> holidays() {
        return jdbc.sql("SELECT holiday_on FROM cert_holiday ORDER BY holiday_on")
                .query((rs, n) -> rs.getDate("holiday_on").toLocalDate())
                .list();
    }

    void addHoliday(LocalDate day, String name) {
        jdbc.sql("DELETE FROM cert_holiday WHERE holiday_on = ?")
                .param(Date.valueOf(day))
                .update();
        jdbc.sql("INSERT INTO cert_holiday (holiday_on, name) VALUES (?, ?)")
                .params(Date.valueOf(day), name)
                .update();
    }

    void removeHoliday(LocalDate day) {
        jdbc.sql("DELETE FROM cert_holiday WHERE holiday_on = ?")
                .param(Date.valueOf(day))
                .update();
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        Date done = rs.getDate("completed_on");
        return new CaseRow(
                rs.getObject("id", UUID.class),
                rs.getString("service"),
                rs.getObject("subject_id", UUID.class),
                rs.getDate("started_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toLocalDate());
    }
}
