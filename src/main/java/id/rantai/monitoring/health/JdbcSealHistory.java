package id.rantai.monitoring.health;

import id.rantai.monitoring.health.SealHealth.BatterySample;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What device health reads of a seal's past: its battery readings and its trips' signal-lost alerts. */
@Repository
class JdbcSealHistory {
    private final JdbcClient jdbc;

    JdbcSealHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each signal-lost alert of a trip as {opened, resolved (null while open)}, oldest first. */
    List<Instant[]> signalLost(UUID tripId) {
        return jdbc.sql(
                        "SELECT opened_at, resolved_at FROM alert WHERE trip_id = ? AND type = 'SIGNAL_LOST' ORDER BY opened_at")
                .param(tripId)
                .query((rs, n) -> new Instant[] {SqlTime.instant(rs, "opened_at"), SqlTime.instant(rs, "resolved_at")})
                .list();
    }

    /** The seal's readings that carried a battery level, measured since {@code from}, oldest first. */
    List<BatterySample> battery(UUID sealId, Instant from) {
        return jdbc.sql("""
                SELECT device_time, battery_percent FROM telemetry_reading
                WHERE seal_id = ? AND device_time >= ? AND battery_percent IS NOT NULL ORDER BY device_time""")
                .params(sealId, SqlTime.of(from))
                .query((rs, n) -> new BatterySample(SqlTime.instant(rs, "device_time"), rs.getInt("battery_percent")))
                .list();
    }
}
