package id.rantai.monitoring.command;

import id.rantai.shared.jdbc.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Commands sent to seals and what became of them. A result and a timeout move a command out of
 * {@code SENT} with a conditional update, so whichever comes first (on whichever instance) wins.
 */
@Repository
class JdbcSealCommands {
    private final JdbcClient jdbc;

    JdbcSealCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SealCommand c) {
        jdbc.sql("""
                INSERT INTO seal_command (id, seal_id, trip_id, kind, status, requested_by, requester_org, requested_at,
                    override_reason, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.sealId(),
                        c.tripId(),
                        c.kind().name(),
                        c.status().name(),
                        c.requestedBy(),
                        c.requesterOrg(),
                        SqlTime.of(c.requestedAt()),
                        c.overrideReason(),
                        SqlTime.of(c.dueAt()))
                .update();
    }

    List<SealCommand> ofTrip(UUID tripId) {
        return jdbc.sql("SELECT * FROM seal_command WHERE trip_id = ? ORDER BY requested_at")
                .param(tripId)
                .query(JdbcSealCommands::row)
                .list();
    }

    List<SealCommand> sentAndDueBefore(Instant now) {
        return jdbc.sql("SELECT * FROM seal_command WHERE status = 'SENT' AND due_at < ?")
                .param(SqlTime.of(now))
                .query(JdbcSealCommands::row)
                .list();
    }

    /** False when the command has left {@code SENT} already. */
    boolean finish(UUID id, SealCommand.Status status, Instant at, @Nullable String detail) {
        return jdbc.sql(
                                "UPDATE seal_command SET status = ?, result_at = ?, result_detail = ? WHERE id = ? AND status = 'SENT'")
                        .params(status.name(), SqlTime.of(at), detail, id)
                        .update()
                == 1;
    }

    Optional<UUID> tripOf(UUID commandId) {
        return jdbc.sql("SELECT trip_id FROM seal_command WHERE id = ?")
                .param(commandId)
                .query(UUID.class)
                .optional();
    }

    private static SealCommand row(ResultSet rs, int n) throws SQLException {
        return new SealCommand(
                rs.getObject("id", UUID.class),
                rs.getObject("seal_id", UUID.class),
                rs.getObject("trip_id", UUID.class),
                SealCommand.Kind.valueOf(rs.getString("kind")),
                SealCommand.Status.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getObject("requester_org", UUID.class),
                SqlTime.instant(rs, "requested_at"),
                rs.getString("override_reason"),
                SqlTime.instant(rs, "due_at"),
                SqlTime.instant(rs, "result_at"),
                rs.getString("result_detail"));
    }
}
