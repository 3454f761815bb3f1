package id.rantai.eseal.trip;

import id.rantai.eseal.SealStatus;
import id.rantai.eseal.SealUsage;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSealUsage implements SealUsage {
    private final JdbcClient jdbc;

    JdbcSealUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SealSummary> seals(UUID providerId) {
        return jdbc.sql("SELECT * FROM seal WHERE provider_id = ? ORDER BY serial_number")
                .param(providerId)
                .query((rs, n) -> {
                    int battery = rs.getInt("battery_percent");
                    Integer b = rs.wasNull() ? null : battery;
                    return new SealSummary(
                            rs.getObject("id", UUID.class),
                            rs.getString("serial_number"),
                            rs.getString("model"),
                            rs.getString("firmware"),
                            SealStatus.valueOf(rs.getString("status")),
                            b,
                            SqlTime.instant(rs, "last_contact_at"));
                })
                .list();
    }

    @Override
    public List<TripWindow> windows(UUID providerId, Instant from, Instant to) {
        return jdbc
                .sql("""
                SELECT t.seal_id, t.id,
                       (SELECT MIN(occurred_at) FROM trip_transition x WHERE x.trip_id = t.id AND x.to_state = 'INSTALLED') AS installed_at,
                       (SELECT MIN(occurred_at) FROM trip_transition x WHERE x.trip_id = t.id
                            AND x.to_state IN ('REMOVED', 'CANCELLED', 'CLOSED')) AS removed_at
                FROM trip t WHERE t.provider_id = ? AND t.seal_id IS NOT NULL""")
                .param(providerId)
                .query((rs, n) -> new TripWindow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        SqlTime.instant(rs, "installed_at"),
                        SqlTime.instant(rs, "removed_at")))
                .list()
                .stream()
                .filter(w -> w.installedAt() != null
                        && w.installedAt().isBefore(to)
                        && (w.removedAt() == null || w.removedAt().isAfter(from)))
                .toList();
    }

    @Override
    public Map<UUID, Integer> disruptions(UUID providerId, Instant from, Instant to) {
        Map<UUID, Integer> out = new HashMap<>();
        jdbc.sql("""
                SELECT seal_id, COUNT(*) FROM disruption WHERE provider_id = ? AND seal_id IS NOT NULL
                AND reported_at >= ? AND reported_at < ? GROUP BY seal_id""")
                .params(providerId, SqlTime.of(from), SqlTime.of(to))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return out;
    }
}
