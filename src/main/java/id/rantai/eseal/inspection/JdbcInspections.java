package id.rantai.eseal.inspection;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInspections {
    private final JdbcClient jdbc;

    JdbcInspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ConveyanceInspection i) {
        var p = i.points();
        jdbc.sql("""
                INSERT INTO conveyance_inspection (id, organisation_id, trip_id, container_number, reefer, front_wall,
                    left_side, right_side, floor_ok, ceiling_roof, doors, undercarriage, fan_housing, passed, inspector,
                    remarks, inspected_at, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        i.id(),
                        i.organisationId(),
                        i.tripId(),
                        i.containerNumber(),
                        i.reefer(),
                        p.frontWall(),
                        p.leftSide(),
                        p.rightSide(),
                        p.floor(),
                        p.ceilingRoof(),
                        p.doors(),
                        p.undercarriage(),
                        p.fanHousing(),
                        i.passed(),
                        i.inspector(),
                        i.remarks(),
                        SqlTime.of(i.inspectedAt()),
                        i.recordedBy(),
                        SqlTime.of(i.recordedAt()))
                .update();
    }

    Optional<ConveyanceInspection> find(UUID id) {
        return jdbc.sql("SELECT * FROM conveyance_inspection WHERE id = ?")
                .param(id)
                .query(JdbcInspections::row)
                .optional();
    }

    List<ConveyanceInspection> ofTrip(UUID tripId) {
        return jdbc.sql("SELECT * FROM conveyance_inspection WHERE trip_id = ? ORDER BY inspected_at")
                .param(tripId)
                .query(JdbcInspections::row)
                .list();
    }

    List<ConveyanceInspection> ofOrganisation(UUID organisationId, Instant since) {
        return jdbc.sql(
                        "SELECT * FROM conveyance_inspection WHERE organisation_id = ? AND inspected_at >= ? ORDER BY inspected_at DESC")
                .params(organisationId, SqlTime.of(since))
                .query(JdbcInspections::row)
                .list();
    }

    boolean passedFor(UUID tripId) {
        return jdbc.sql("SELECT COUNT(*) FROM conveyance_inspection WHERE trip_id = ? AND passed = TRUE")
                        .param(tripId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static ConveyanceInspection row(ResultSet rs, int n) throws SQLException {
        return new ConveyanceInspection(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                rs.getString("container_number"),
                rs.getBoolean("reefer"),
                new ConveyanceInspection.Points(
                        rs.getBoolean("front_wall"),
                        rs.getBoolean("left_side"),
                        rs.getBoolean("right_side"),
                        rs.getBoolean("floor_ok"),
                        rs.getBoolean("ceiling_roof"),
                        rs.getBoolean("doors"),
                        rs.getBoolean("undercarriage"),
                        rs.getObject("fan_housing", Boolean.class)),
                rs.getBoolean("passed"),
                rs.getString("inspector"),
                rs.getString("remarks"),
                SqlTime.instant(rs, "inspected_at"),
                rs.getObject("recorded_by", UUID.class),
                SqlTime.instant(rs, "recorded_at"));
    }
}
