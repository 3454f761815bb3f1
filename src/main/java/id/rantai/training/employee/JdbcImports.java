package id.rantai.training.employee;

import id.rantai.shared.jdbc.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs. Each write is its own statement, so progress is visible while the import runs. */
@Repository
public class JdbcImports {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcImports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void start(ImportJob j, UUID by) {
        jdbc.sql("""
                INSERT INTO training_import (id, organisation_id, kind, state, total_rows, processed_rows, created_rows,
                    updated_rows, unchanged_rows, error_rows, errors, started_at, started_by)
                VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, '[]', ?, ?)""")
                .params(j.id(), j.organisationId(), j.kind(), j.state().name(), j.totalRows(), SqlTime.of(j.startedAt()), by)
                .update();
    }

    public void progress(UUID id, int processed, int created, int updated, int unchanged, List<ImportJob.RowError> errors) {
        jdbc.sql("""
                UPDATE training_import SET processed_rows = ?, created_rows = ?, updated_rows = ?, unchanged_rows = ?,
                    error_rows = ?, errors = ? WHERE id = ?""")
                .params(processed, created, updated, unchanged, errors.size(), json.writeValueAsString(errors), id).update();
    }

    public void finish(UUID id, ImportJob.State state, Instant at) {
        jdbc.sql("UPDATE training_import SET state = ?, finished_at = ? WHERE id = ?").params(state.name(), SqlTime.of(at), id)
                .update();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM training_import WHERE id = ?").param(id)
                .query((rs, n) -> new ImportJob(id, rs.getObject("organisation_id", UUID.class), rs.getString("kind"),
                        ImportJob.State.valueOf(rs.getString("state")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                        rs.getInt("created_rows"), rs.getInt("updated_rows"), rs.getInt("unchanged_rows"),
                        rs.getInt("error_rows"), errors(rs.getString("errors")), SqlTime.instant(rs, "started_at"),
                        SqlTime.instant(rs, "finished_at")))
                .optional();
    }

    private List<ImportJob.RowError> errors(String text) {
        return text == null ? new ArrayList<>() : json.readValue(text, new TypeReference<List<ImportJob.RowError>>() { });
    }
}
