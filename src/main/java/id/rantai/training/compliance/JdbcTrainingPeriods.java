package id.rantai.training.compliance;

import id.rantai.training.rules.Reason;
import id.rantai.training.rules.TrainingRules;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The requirement periods recorded per employee and topic, so history shows when each person was covered. */
@Repository
class JdbcTrainingPeriods {
    private final JdbcTemplate jdbc;

    JdbcTrainingPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the recorded periods of each pair with the ones evaluated now, in batches. */
    void replace(List<PairState> pairs) {
        List<Object[]> deletes = pairs.stream()
                .map(p -> new Object[] {p.employee().id(), p.topic().id()})
                .toList();
        jdbc.batchUpdate("DELETE FROM training_period WHERE employee_id = ? AND topic_id = ?", deletes);
        List<Object[]> rows = new ArrayList<>();
        for (PairState p : pairs) {
            for (TrainingRules.Period x : p.periods()) {
                rows.add(new Object[] {
                    p.employee().id(),
                    p.topic().id(),
                    x.seq(),
                    x.reason().name(),
                    Date.valueOf(x.opensOn()),
                    Date.valueOf(x.dueOn()),
                    date(x.metOn()),
                    x.completionId(),
                    date(x.coveredUntil())
                });
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO training_period (employee_id, topic_id, seq, reason, opens_on, due_on, met_on, completion_id,
                    covered_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The recorded periods of one employee, by topic, including topics no longer required of them. */
    Map<UUID, List<TrainingRules.Period>> ofEmployee(UUID employee) {
        Map<UUID, List<TrainingRules.Period>> out = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM training_period WHERE employee_id = ? ORDER BY topic_id, seq",
                rs -> {
                    out.computeIfAbsent(rs.getObject("topic_id", UUID.class), k -> new ArrayList<>())
                            .add(new TrainingRules.Period(
                                    rs.getInt("seq"),
                                    Reason.valueOf(rs.getString("reason")),
                                    rs.getDate("opens_on").toLocalDate(),
                                    rs.getDate("due_on").toLocalDate(),
                                    local(rs.getDate("met_on")),
                                    rs.getObject("completion_id", UUID.class),
                                    local(rs.getDate("covered_until"))));
                },
                employee);
        return out;
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate local(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
