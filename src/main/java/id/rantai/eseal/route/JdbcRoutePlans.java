package id.rantai.eseal.route;

import id.rantai.shared.geo.GeoJson;
import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Route plans stored with their geometry as GeoJSON text, readable by any database and any person. */
@Repository
public class JdbcRoutePlans {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcRoutePlans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(UUID tripId) {
        return jdbc.sql("SELECT COUNT(*) FROM route_plan WHERE trip_id = ?")
                        .param(tripId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void save(RoutePlan p) {
        jdbc.sql("DELETE FROM route_plan WHERE trip_id = ?").param(p.tripId()).update();
        jdbc.sql("""
                INSERT INTO route_plan (trip_id, origin_name, origin_kind, origin_geofence, destination_name,
                    destination_kind, destination_geofence, route, corridor_width_meters, distance_meters,
                    planned_departure, expected_speed_kmh, eta, submitted_by, submitted_at, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.tripId(),
                        p.origin().name(),
                        p.origin().kind().name(),
                        json.writeValueAsString(p.origin().geofence().toJson()),
                        p.destination().name(),
                        p.destination().kind().name(),
                        json.writeValueAsString(p.destination().geofence().toJson()),
                        json.writeValueAsString(GeoJson.geometry(p.route())),
                        p.corridorWidthMeters(),
                        p.distanceMeters(),
                        SqlTime.of(p.plannedDeparture()),
                        p.expectedSpeedKmh(),
                        SqlTime.of(p.eta()),
                        p.submittedBy(),
                        SqlTime.of(p.submittedAt()),
                        p.revision())
                .update();
    }

    public Optional<RoutePlan> find(UUID tripId) {
        return jdbc.sql("SELECT * FROM route_plan WHERE trip_id = ?")
                .param(tripId)
                .query(this::row)
                .optional();
    }

    private RoutePlan row(ResultSet rs, int n) throws SQLException {
        double speed = rs.getDouble("expected_speed_kmh");
        Double expectedSpeed = rs.wasNull() ? null : speed;
        return new RoutePlan(
                rs.getObject("trip_id", UUID.class),
                place(rs.getString("origin_name"), rs.getString("origin_kind"), rs.getString("origin_geofence")),
                place(
                        rs.getString("destination_name"),
                        rs.getString("destination_kind"),
                        rs.getString("destination_geofence")),
                GeoJson.lineString(json.readTree(rs.getString("route")), "route"),
                rs.getInt("corridor_width_meters"),
                rs.getDouble("distance_meters"),
                SqlTime.instant(rs, "planned_departure"),
                expectedSpeed,
                SqlTime.instant(rs, "eta"),
                rs.getObject("submitted_by", UUID.class),
                SqlTime.instant(rs, "submitted_at"),
                rs.getInt("revision"));
    }

    private Place place(String name, String kind, String geofence) {
        return new Place(name, PlaceKind.valueOf(kind), GeoJson.geofence(json.readTree(geofence), "geofence"));
    }
}
