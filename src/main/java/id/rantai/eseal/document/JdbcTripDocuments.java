package id.rantai.eseal.document;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcTripDocuments {
    private final JdbcClient jdbc;

    JdbcTripDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TripDocument d) {
        jdbc.sql("""
                INSERT INTO trip_document (id, trip_id, step, sha256, content_type, size_bytes, file_name, taken_at,
                                           latitude, longitude, uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.tripId(),
                        d.step().name(),
                        d.sha256(),
                        d.contentType(),
                        d.sizeBytes(),
                        d.fileName(),
                        SqlTime.of(d.takenAt()),
                        d.latitude(),
                        d.longitude(),
                        SqlTime.of(d.uploadedAt()),
                        d.uploadedBy())
                .update();
    }

    public long count(UUID tripId, DocumentStep step) {
        return jdbc.sql("SELECT COUNT(*) FROM trip_document WHERE trip_id = ? AND step = ?")
                .params(tripId, step.name())
                .query(Long.class)
                .single();
    }

    List<TripDocument> list(UUID tripId) {
        return jdbc.sql("SELECT * FROM trip_document WHERE trip_id = ? ORDER BY uploaded_at, id")
                .param(tripId)
                .query(JdbcTripDocuments::row)
                .list();
    }

    public Optional<TripDocument> find(UUID tripId, UUID id) {
        return jdbc.sql("SELECT * FROM trip_document WHERE trip_id = ? AND id = ?")
                .params(tripId, id)
                .query(JdbcTripDocuments::row)
                .optional();
    }

    private static TripDocument row(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new TripDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                DocumentStep.valueOf(rs.getString("step")),
                rs.getString("sha256"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("file_name"),
                SqlTime.instant(rs, "taken_at"),
                latitude,
                longitude,
                SqlTime.instant(rs, "uploaded_at"),
                rs.getObject("uploaded_by", UUID.class));
    }
}
