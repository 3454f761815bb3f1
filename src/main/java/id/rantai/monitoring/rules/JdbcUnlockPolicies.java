package id.rantai.monitoring.rules;

import id.rantai.monitoring.UnlockMethod;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unlock methods and RFID cards each trip accepts, stored per trip. */
@Component
public class JdbcUnlockPolicies {
    private final JdbcClient jdbc;

    JdbcUnlockPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UnlockPolicy forTrip(UUID tripId) {
        record Row(String method, String card) {}
        List<Row> rows = jdbc.sql("SELECT method, rfid_card FROM unlock_authorisation WHERE trip_id = ?")
                .param(tripId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
                .list();
        if (rows.isEmpty()) {
            return UnlockPolicy.DEFAULT;
        }
        Set<UnlockMethod> methods = EnumSet.noneOf(UnlockMethod.class);
        Set<String> cards = new HashSet<>();
        for (Row r : rows) {
            methods.add(UnlockMethod.valueOf(r.method()));
            if (!r.card().isEmpty()) {
                cards.add(r.card());
            }
        }
        return new UnlockPolicy(methods, cards);
    }

    @Transactional
    public UnlockPolicy save(UUID tripId, UnlockPolicy policy) {
        jdbc.sql("DELETE FROM unlock_authorisation WHERE trip_id = ?")
                .param(tripId)
                .update();
        for (UnlockMethod m : policy.methods()) {
            if (m != UnlockMethod.RFID) {
                jdbc.sql("INSERT INTO unlock_authorisation (trip_id, method, rfid_card) VALUES (?, ?, '')")
                        .params(tripId, m.name())
                        .update();
            }
        }
        for (String card : policy.rfidCards()) {
            jdbc.sql("INSERT INTO unlock_authorisation (trip_id, method, rfid_card) VALUES (?, 'RFID', ?)")
                    .params(tripId, card)
                    .update();
        }
        return forTrip(tripId);
    }

    /** An unlock Rantai sent to a trip's seal, and the window in which the seal's report of it is expected. */
    public record CommandedUnlock(UUID commandId, Instant from, Instant until) {}

    /**
     * The unlocks sent to a trip's seal that it may still report (not failed, window not yet over): a
     * monitor rebuilt after a restart or on another instance expects them as the old one did, so the
     * seal's report is not taken for a forced opening.
     */
    public List<CommandedUnlock> commandedUnlocks(UUID tripId, Instant windowEndsAfter) {
        return jdbc.sql("""
                        SELECT id, requested_at, due_at FROM seal_command
                        WHERE trip_id = ? AND kind = 'UNLOCK' AND status IN ('SENT', 'SUCCEEDED') AND due_at >= ?""")
                .params(tripId, SqlTime.of(windowEndsAfter))
                .query((rs, n) -> new CommandedUnlock(
                        rs.getObject(1, UUID.class),
                        SqlTime.instant(rs, "requested_at"),
                        SqlTime.instant(rs, "due_at")))
                .list();
    }
}
