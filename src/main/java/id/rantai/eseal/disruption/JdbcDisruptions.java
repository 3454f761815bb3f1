package id.rantai.eseal.disruption;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcDisruptions {
    private final JdbcClient jdbc;

    JdbcDisruptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Disruption d) {
        jdbc.sql("""
                INSERT INTO disruption (id, trip_id, seal_id, provider_id, office_id, reporter_org_id, reported_by,
                    category, description, status, reported_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        d.id(),
                        d.tripId(),
                        d.sealId(),
                        d.providerId(),
                        d.officeId(),
                        d.reporterOrgId(),
                        d.reportedBy(),
                        d.category().name(),
                        d.description(),
                        d.status().name(),
                        SqlTime.of(d.reportedAt()))
                .update();
    }

    void update(Disruption d) {
        int n = jdbc.sql("""
                UPDATE disruption SET status = ?, acknowledged_at = ?, acknowledged_by = ?, resolved_at = ?,
                    resolved_by = ?, resolution = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(
                        d.status().name(),
                        SqlTime.of(d.acknowledgedAt()),
                        d.acknowledgedBy(),
                        SqlTime.of(d.resolvedAt()),
                        d.resolvedBy(),
                        d.resolution(),
                        d.id(),
                        d.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("Disruption " + d.id() + " changed concurrently");
        }
    }

    public Optional<Disruption> find(UUID id) {
        return jdbc.sql("SELECT * FROM disruption WHERE id = ?")
                .param(id)
                .query(JdbcDisruptions::row)
                .optional();
    }

    /** Reports an organisation may see: as provider, as office, or as the reporter. */
    List<Disruption> visibleTo(UUID organisationId) {
        return jdbc.sql("""
                SELECT * FROM disruption WHERE provider_id = ? OR office_id = ? OR reporter_org_id = ?
                ORDER BY reported_at DESC""")
                .params(organisationId, organisationId, organisationId)
                .query(JdbcDisruptions::row)
                .list();
    }

    List<Disruption> all() {
        return jdbc.sql("SELECT * FROM disruption ORDER BY reported_at DESC")
                .query(JdbcDisruptions::row)
                .list();
    }

    private static Disruption row(ResultSet rs, int n) throws SQLException {
        return new Disruption(
                rs.getObject("id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                rs.getObject("seal_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getObject("reporter_org_id", UUID.class),
                rs.getObject("reported_by", UUID.class),
                DisruptionCategory.valueOf(rs.getString("category")),
                rs.getString("description"),
                DisruptionStatus.valueOf(rs.getString("status")),
                SqlTime.instant(rs, "reported_at"),
                SqlTime.instant(rs, "acknowledged_at"),
                rs.getObject("acknowledged_by", UUID.class),
                SqlTime.instant(rs, "resolved_at"),
                rs.getObject("resolved_by", UUID.class),
                rs.getString("resolution"),
                rs.getInt("version"));
    }
}
