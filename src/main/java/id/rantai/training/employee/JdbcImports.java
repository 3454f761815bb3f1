package id.rantai.training.employee;

import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.jobs.JdbcJobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs. Each write is its own statement, so progress is visible while the import runs. A
 * running job keeps its file and a lease its instance renews with every progress report; a job
 * whose lease ran out lost its instance and may be taken over.
 */
@Repository
public class JdbcImports {
    private final JdbcClient jdbc;
    private final JdbcJobs jobs;
    private final JsonMapper json;

    JdbcImports(JdbcClient jdbc, JdbcJobs jobs, JsonMapper json) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.json = json;
    }

    /** Who started a job, for the audit trail of whichever instance finishes it. */
    public record Starter(UUID userId, String username) {}

    /** A running job whose instance stopped renewing its lease: what is needed to run it again. */
    public record Abandoned(UUID id, UUID organisationId, String sourceText, Starter starter) {}

    public void start(ImportJob j, Starter by, String sourceText, Instant leaseUntil) {
        jdbc.sql("""
                INSERT INTO training_import (id, organisation_id, kind, state, total_rows, processed_rows, created_rows,
                    updated_rows, unchanged_rows, error_rows, errors, started_at, started_by, started_by_name, source_text,
                    lease_until)
                VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, '[]', ?, ?, ?, ?, ?)""")
                .params(
                        j.id(),
                        j.organisationId(),
                        j.kind(),
                        j.state().name(),
                        j.totalRows(),
                        SqlTime.of(j.startedAt()),
                        by.userId(),
                        by.username(),
                        sourceText,
                        SqlTime.of(leaseUntil))
                .update();
    }

    public void progress(
            UUID id,
            int processed,
            int created,
            int updated,
            int unchanged,
            List<ImportJob.RowError> errors,
            Instant leaseUntil) {
        jdbc.sql("""
                UPDATE training_import SET processed_rows = ?, created_rows = ?, updated_rows = ?, unchanged_rows = ?,
                    error_rows = ?, errors = ?, lease_until = ? WHERE id = ?""")
                .params(
                        processed,
                        created,
                        updated,
                        unchanged,
                        errors.size(),
                        json.writeValueAsString(errors),
                        SqlTime.of(leaseUntil),
                        id)
                .update();
    }

    /** Ends a job and drops its file, which holds employees' personal data and is needed no more. */
    public void finish(UUID id, ImportJob.State state, Instant at) {
        jdbc.sql(
                        "UPDATE training_import SET state = ?, finished_at = ?, source_text = NULL, lease_until = NULL WHERE id = ?")
                .params(state.name(), SqlTime.of(at), id)
                .update();
    }

    public List<UUID> abandoned(Instant now) {
        return jobs.abandoned(EmployeeImportJobs.TABLE, now);
    }

    /**
     * Takes over an abandoned job: a conditional update, so of several instances one wins. Its
     * counts start again, since the whole file is run again (rows already applied come out unchanged).
     */
    public Optional<Abandoned> takeOver(UUID id, Instant now, Instant leaseUntil) {
        if (!jobs.takeOver(EmployeeImportJobs.TABLE, id, now, leaseUntil)) {
            return Optional.empty();
        }
        jdbc.sql("""
                UPDATE training_import SET processed_rows = 0, created_rows = 0, updated_rows = 0, unchanged_rows = 0,
                    error_rows = 0, errors = '[]' WHERE id = ?""").param(id).update();
        return jdbc.sql(
                        "SELECT organisation_id, source_text, started_by, started_by_name FROM training_import WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Abandoned(
                        id,
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("source_text"),
                        new Starter(rs.getObject("started_by", UUID.class), rs.getString("started_by_name"))))
                .optional();
    }

    /** An organisation's latest imports, the newest first. */
    public List<ImportJob.Summary> recent(UUID organisation, int limit) {
        return jdbc.sql("""
                SELECT id, kind, state, total_rows, processed_rows, created_rows, updated_rows, unchanged_rows, error_rows,
                    started_at, finished_at
                FROM training_import WHERE organisation_id = ? ORDER BY started_at DESC, id LIMIT ?""")
                .params(organisation, limit)
                .query((rs, n) -> new ImportJob.Summary(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        ImportJob.State.valueOf(rs.getString("state")),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("created_rows"),
                        rs.getInt("updated_rows"),
                        rs.getInt("unchanged_rows"),
                        rs.getInt("error_rows"),
                        SqlTime.instant(rs, "started_at"),
                        SqlTime.instant(rs, "finished_at")))
                .list();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM training_import WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ImportJob(
                        id,
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("kind"),
                        ImportJob.State.valueOf(rs.getString("state")),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("created_rows"),
                        rs.getInt("updated_rows"),
                        rs.getInt("unchanged_rows"),
                        rs.getInt("error_rows"),
                        errors(rs.getString("errors")),
                        SqlTime.instant(rs, "started_at"),
                        SqlTime.instant(rs, "finished_at")))
                .optional();
    }

    private List<ImportJob.RowError> errors(String text) {
        return text == null
                ? new ArrayList<>()
                : json.readValue(text, new TypeReference<List<ImportJob.RowError>>() {});
    }
}
