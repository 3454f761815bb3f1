package id.rantai.eseal.seal;

import id.rantai.eseal.SealStatus;
import id.rantai.shared.Page;
import id.rantai.shared.jdbc.PagedQuery;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcSeals {
    private final JdbcClient jdbc;

    JdbcSeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Seal s, String secretHash) {
        jdbc.sql("""
                INSERT INTO seal (id, provider_id, serial_number, model, firmware, status, battery_percent,
                                  last_contact_at, secret_hash, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        s.id(),
                        s.providerId(),
                        s.serialNumber(),
                        s.model(),
                        s.firmware(),
                        s.status().name(),
                        s.batteryPercent(),
                        SqlTime.of(s.lastContactAt()),
                        secretHash,
                        SqlTime.of(s.createdAt()))
                .update();
    }

    boolean serialExists(String serial) {
        return jdbc.sql("SELECT COUNT(*) FROM seal WHERE serial_number = ?")
                        .param(serial)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Saves a status change, failing if someone else changed the seal since it was read. */
    public void updateStatus(Seal s) {
        int n = jdbc.sql("UPDATE seal SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(s.status().name(), s.id(), s.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Seal " + s.serialNumber() + " changed concurrently");
        }
    }

    void updateSecret(UUID id, String secretHash) {
        jdbc.sql("UPDATE seal SET secret_hash = ?, version = version + 1 WHERE id = ?")
                .params(secretHash, id)
                .update();
    }

    public Optional<Seal> find(UUID id) {
        return jdbc.sql("SELECT * FROM seal WHERE id = ?")
                .param(id)
                .query(JdbcSeals::row)
                .optional();
    }

    List<Seal> findByProvider(@Nullable UUID providerId, @Nullable SealStatus status) {
        return matching(providerId, status).list(jdbc, JdbcSeals::row, Integer.MAX_VALUE, 0);
    }

    /** One page of a provider's (or, null, every provider's) seals by serial number, and how many match. */
    Page<Seal> page(@Nullable UUID providerId, @Nullable SealStatus status, int limit, int offset) {
        return matching(providerId, status).page(jdbc, JdbcSeals::row, limit, offset);
    }

    private static PagedQuery matching(@Nullable UUID providerId, @Nullable SealStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (providerId != null) {
            where.append(" AND provider_id = ?");
            params.add(providerId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        return new PagedQuery("seal", where.toString(), params, "serial_number, id");
    }

    static Seal row(ResultSet rs, int n) throws SQLException {
        int battery = rs.getInt("battery_percent");
        Integer batteryPercent = rs.wasNull() ? null : battery;
        return new Seal(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getString("serial_number"),
                rs.getString("model"),
                rs.getString("firmware"),
                SealStatus.valueOf(rs.getString("status")),
                batteryPercent,
                SqlTime.instant(rs, "last_contact_at"),
                SqlTime.instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
