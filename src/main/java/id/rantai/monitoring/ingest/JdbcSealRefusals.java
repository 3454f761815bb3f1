package id.rantai.monitoring.ingest;

import id.rantai.monitoring.ingest.Refusals.Refusal;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refused readings per seal and reason, summed, with the latest one's time and detail. */
@Repository
class JdbcSealRefusals {
    private static final String ADD = """
            UPDATE seal_refusal SET refused = refused + ?, last_refused_at = ?, last_detail = ?
            WHERE seal_id = ? AND reason = ?""";

    private final JdbcClient jdbc;

    JdbcSealRefusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID sealId, String reason, long count, Instant last, String detail) {
        if (jdbc.sql(ADD)
                        .params(count, SqlTime.of(last), detail, sealId, reason)
                        .update()
                == 1) {
            return;
        }
        try {
            jdbc.sql(
                            "INSERT INTO seal_refusal (seal_id, reason, refused, last_refused_at, last_detail) VALUES (?, ?, ?, ?, ?)")
                    .params(sealId, reason, count, SqlTime.of(last), detail)
                    .update();
        } catch (DuplicateKeyException e) {
            // Another instance inserted the row first.
            jdbc.sql(ADD)
                    .params(count, SqlTime.of(last), detail, sealId, reason)
                    .update();
        }
    }

    /** The seals' refusals, most recent first. */
    Map<UUID, List<Refusal>> ofSeals(Collection<UUID> sealIds) {
        Map<UUID, List<Refusal>> out = new HashMap<>();
        if (sealIds.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "SELECT seal_id, reason, refused, last_refused_at, last_detail FROM seal_refusal WHERE seal_id IN (:seals) "
                                + "ORDER BY last_refused_at DESC")
                .param("seals", List.copyOf(sealIds))
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Refusal(
                                    rs.getString(2),
                                    rs.getLong(3),
                                    SqlTime.instant(rs, "last_refused_at"),
                                    rs.getString(5)));
                    return null;
                })
                .list();
        return out;
    }
}
