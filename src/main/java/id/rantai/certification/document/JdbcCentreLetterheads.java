package id.rantai.certification.document;

import id.rantai.certification.CertificationProperties;
import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training centres' own letterheads: one row a centre, its lines kept one per line of text. */
@Repository
class JdbcCentreLetterheads {
    private final JdbcClient jdbc;

    JdbcCentreLetterheads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CertificationProperties.Letterhead> find(UUID centre) {
        return jdbc.sql("""
                        SELECT lines, address, place, head_position FROM cert_centre_letterhead
                        WHERE training_centre_id = ?""")
                .param(centre)
                .query((rs, n) -> new CertificationProperties.Letterhead(
                        List.copyOf(Arrays.asList(rs.getString("lines").split("\n"))),
                        rs.getString("address"),
                        rs.getString("place"),
                        rs.getString("head_position")))
                .optional();
    }

    void save(UUID centre, CertificationProperties.Letterhead letterhead, Instant at, UUID by) {
        String lines = String.join("\n", letterhead.lines());
        int updated = jdbc.sql("""
                        UPDATE cert_centre_letterhead SET lines = ?, address = ?, place = ?, head_position = ?,
                        updated_at = ?, updated_by = ? WHERE training_centre_id = ?""")
                .params(
                        lines,
                        letterhead.address(),
                        letterhead.place(),
                        letterhead.headPosition(),
                        SqlTime.of(at),
                        by,
                        centre)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO cert_centre_letterhead (training_centre_id, lines, address, place, head_position,
                            updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            centre,
                            lines,
                            letterhead.address(),
                            letterhead.place(),
                            letterhead.headPosition(),
                            SqlTime.of(at),
                            by)
                    .update();
        }
    }

    void remove(UUID centre) {
        jdbc.sql("DELETE FROM cert_centre_letterhead WHERE training_centre_id = ?")
                .param(centre)
                .update();
    }
}
