package id.rantai.monitoring.alert;

import id.rantai.eseal.TripParties;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.AlertType;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAlerts {
    private final JdbcClient jdbc;

    JdbcAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countUnresolved(AlertSeverity severity) {
        return jdbc.sql("SELECT COUNT(*) FROM alert WHERE status <> 'RESOLVED' AND severity = ?")
                .param(severity.name())
                .query(Long.class)
                .single();
    }

    void insert(Alert a) {
        jdbc.sql("""
                INSERT INTO alert (id, trip_id, seal_id, type, severity, status, customs_office_id, provider_id,
                    requester_id, opened_at, device_time, last_seen_at, occurrences, latitude, longitude, details, version,
                    last_device_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(
                        a.id(),
                        a.tripId(),
                        a.sealId(),
                        a.type().name(),
                        a.severity().name(),
                        a.status().name(),
                        a.parties().customsOfficeId(),
                        a.parties().providerId(),
                        a.parties().requesterId(),
                        SqlTime.of(a.openedAt()),
                        SqlTime.of(a.deviceTime()),
                        SqlTime.of(a.lastSeenAt()),
                        a.occurrences(),
                        a.latitude(),
                        a.longitude(),
                        a.details(),
                        SqlTime.of(a.deviceTime()))
                .update();
    }

    Optional<Alert> findOpen(UUID tripId, AlertType type) {
        return jdbc.sql("SELECT * FROM alert WHERE trip_id = ? AND type = ? AND status <> 'RESOLVED'")
                .params(tripId, type.name())
                .query(JdbcAlerts::row)
                .optional();
    }

    /**
     * Whether an alert of this trip and type, open or ended, already counted an occurrence at this
     * device time (it lies between the alert's first and last counted occurrence).
     */
    boolean counted(UUID tripId, AlertType type, Instant deviceTime) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM alert WHERE trip_id = ? AND type = ? AND device_time <= ?
                        AND COALESCE(last_device_time, device_time) >= ?""")
                        .params(tripId, type.name(), SqlTime.of(deviceTime), SqlTime.of(deviceTime))
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Alert> openForTrip(UUID tripId) {
        return jdbc.sql("SELECT * FROM alert WHERE trip_id = ? AND status <> 'RESOLVED'")
                .param(tripId)
                .query(JdbcAlerts::row)
                .list();
    }

    void repeated(UUID id, Instant at, Instant deviceTime, @Nullable String details) {
        jdbc.sql("""
                UPDATE alert SET occurrences = occurrences + 1, last_seen_at = ?, details = COALESCE(?, details),
                    last_device_time = CASE WHEN last_device_time IS NULL OR last_device_time < ? THEN ? ELSE last_device_time END
                WHERE id = ?""")
                .params(SqlTime.of(at), details, SqlTime.of(deviceTime), SqlTime.of(deviceTime), id)
                .update();
    }

    void acknowledge(Alert a, Instant at, String by, @Nullable String note) {
        int n = jdbc.sql("""
                UPDATE alert SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?, acknowledge_note = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(SqlTime.of(at), by, note, a.id(), a.version())
                .update();
        check(n, a);
    }

    void resolve(Alert a, Instant at, String by, @Nullable String note) {
        int n = jdbc.sql("""
                UPDATE alert SET status = 'RESOLVED', resolved_at = ?, resolved_by = ?, resolve_note = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(SqlTime.of(at), by, note, a.id(), a.version())
                .update();
        check(n, a);
    }

    private static void check(int n, Alert a) {
        if (n != 1) {
            throw new OptimisticLockingFailureException("Alert " + a.id() + " changed concurrently");
        }
    }

    Optional<Alert> find(UUID id) {
        return jdbc.sql("SELECT * FROM alert WHERE id = ?")
                .param(id)
                .query(JdbcAlerts::row)
                .optional();
    }

    List<Alert> search(
            @Nullable String partyColumn,
            @Nullable UUID party,
            @Nullable UUID tripId,
            @Nullable AlertStatus status,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM alert WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (partyColumn != null) {
            sql.append(" AND ").append(partyColumn).append(" = ?");
            params.add(party);
        }
        if (tripId != null) {
            sql.append(" AND trip_id = ?");
            params.add(tripId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY opened_at DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(JdbcAlerts::row).list();
    }

    private static Alert row(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                rs.getObject("seal_id", UUID.class),
                AlertType.valueOf(rs.getString("type")),
                AlertSeverity.valueOf(rs.getString("severity")),
                AlertStatus.valueOf(rs.getString("status")),
                new TripParties(
                        rs.getObject("customs_office_id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        rs.getObject("requester_id", UUID.class)),
                SqlTime.instant(rs, "opened_at"),
                SqlTime.instant(rs, "device_time"),
                SqlTime.instant(rs, "last_seen_at"),
                rs.getInt("occurrences"),
                latitude,
                longitude,
                rs.getString("details"),
                SqlTime.instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                rs.getString("acknowledge_note"),
                SqlTime.instant(rs, "resolved_at"),
                rs.getString("resolved_by"),
                rs.getString("resolve_note"),
                rs.getInt("version"),
                SqlTime.instant(rs, "last_device_time"));
    }

    /** How many alerts of the given types a company's trips raised since a moment. */
    int countForRequester(UUID requesterId, List<AlertType> types, Instant since) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM alert WHERE requester_id = :requester AND type IN (:types) AND opened_at >= :since")
                .param("requester", requesterId)
                .param("types", types.stream().map(Enum::name).toList())
                .param("since", SqlTime.of(since))
                .query(Integer.class)
                .single();
    }
}
