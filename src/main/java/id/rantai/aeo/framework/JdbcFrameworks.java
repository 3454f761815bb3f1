package id.rantai.aeo.framework;

import id.rantai.aeo.LiveEvidence;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFrameworks {
    private final JdbcClient jdbc;

    JdbcFrameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String key, String version) {
        return jdbc.sql("SELECT COUNT(*) FROM aeo_framework WHERE fkey = ? AND version = ?")
                        .params(key, version)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(UUID id, FrameworkFile.Parsed f, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                INSERT INTO aeo_framework (id, fkey, version, title_id, title_en, source, loaded_at, loaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, f.key(), f.version(), f.titleId(), f.titleEn(), f.source(), SqlTime.of(at), by)
                .update();
        for (Criterion c : f.criteria()) {
            jdbc.sql("""
                    INSERT INTO aeo_criterion (framework_id, code, parent_code, kind, position, text_id, text_en,
                        paragraph_id, paragraph_en, combinator, conjunction, applies_when, lookback_months, live_evidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            c.code(),
                            c.parentCode(),
                            c.kind().name(),
                            c.position(),
                            c.textId(),
                            c.textEn(),
                            c.paragraphId(),
                            c.paragraphEn(),
                            c.combinator() == null ? null : c.combinator().name(),
                            c.conjunction(),
                            c.appliesWhen() == null ? null : c.appliesWhen().name(),
                            c.lookbackMonths(),
                            c.liveEvidence().stream().map(Enum::name).collect(Collectors.joining(",")))
                    .update();
        }
    }

    /** Marks a loaded version as the one new assessments start from; false when it was published already. */
    boolean publish(UUID id, Instant at, @Nullable UUID by) {
        return jdbc.sql(
                                "UPDATE aeo_framework SET published_at = ?, published_by = ? WHERE id = ? AND published_at IS NULL")
                        .params(SqlTime.of(at), by, id)
                        .update()
                > 0;
    }

    List<UUID> ids() {
        return jdbc.sql("SELECT id FROM aeo_framework ORDER BY fkey, loaded_at")
                .query(UUID.class)
                .list();
    }

    Optional<Framework> find(UUID id) {
        List<Criterion> criteria = jdbc.sql("SELECT * FROM aeo_criterion WHERE framework_id = ?")
                .param(id)
                .query(JdbcFrameworks::criterion)
                .list();
        return jdbc.sql("SELECT * FROM aeo_framework WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Framework(
                        id,
                        rs.getString("fkey"),
                        rs.getString("version"),
                        rs.getString("title_id"),
                        rs.getString("title_en"),
                        SqlTime.instant(rs, "loaded_at"),
                        SqlTime.instant(rs, "published_at"),
                        criteria))
                .optional();
    }

    private static Criterion criterion(ResultSet rs, int n) throws SQLException {
        String combinator = rs.getString("combinator"),
                applies = rs.getString("applies_when"),
                live = rs.getString("live_evidence");
        Integer lookback = rs.getObject("lookback_months", Integer.class);
        return new Criterion(
                rs.getString("code"),
                rs.getString("parent_code"),
                CriterionKind.valueOf(rs.getString("kind")),
                rs.getInt("position"),
                rs.getString("text_id"),
                rs.getString("text_en"),
                rs.getString("paragraph_id"),
                rs.getString("paragraph_en"),
                combinator == null ? null : Combinator.valueOf(combinator),
                rs.getString("conjunction"),
                applies == null ? null : AppliesWhen.valueOf(applies),
                lookback,
                live == null || live.isEmpty()
                        ? List.of()
                        : Arrays.stream(live.split(","))
                                .map(LiveEvidence::valueOf)
                                .toList());
    }
}
