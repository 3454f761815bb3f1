package id.rantai.monitoring.rules;

import id.rantai.monitoring.UnlockMethod;
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
}
