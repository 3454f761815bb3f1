package id.rantai.certification.certificate;

import id.rantai.certification.certificate.DatabaseInput.ImportJob;
import id.rantai.certification.certificate.DatabaseInput.RowError;
import id.rantai.shared.jdbc.SqlTime;
import id.rantai.shared.jobs.JdbcJobs;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificate import jobs: their counters, refused rows and file, and the lease of the instance
 * running each. A job whose lease ran out lost its instance and may be taken over.
 */
@Repository
class JdbcCertificateImports {
    /** Who started a job, for the audit trail of whichever instance finishes it. */
    record Starter(UUID userId, String username, @Nullable UUID organisationId) {}

    /** What a taken-over job still needs: its file, how far it got, and who started it. */
    record Left(String text, int processed, Starter starter) {}

    private final JdbcClient jdbc;
    private final JdbcJobs jobs;
    private final JsonMapper json;

    JdbcCertificateImports(JdbcClient jdbc, JdbcJobs jobs, JsonMapper json) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.json = json;
    }

    void start(UUID id, int totalRows, Instant at, Starter by, String sourceText, Instant leaseUntil) {
        jdbc.sql("""
                INSERT INTO cert_import (id, state, total_rows, processed_rows, created_rows, error_rows, errors, started_at,
                    started_by, started_by_name, started_by_org, source_text, lease_until)
                VALUES (?, 'RUNNING', ?, 0, 0, 0, '[]', ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        totalRows,
                        SqlTime.of(at),
                        by.userId(),
                        by.username(),
                        by.organisationId(),
                        sourceText,
                        SqlTime.of(leaseUntil))
                .update();
    }

    List<UUID> abandoned(Instant now) {
        return jobs.abandoned(CertificateImportJobs.TABLE, now);
    }

    /** Takes an abandoned job for this instance: a conditional update, so of several instances one wins. */
    boolean takeOver(UUID id, Instant now, Instant leaseUntil) {
        return jobs.takeOver(CertificateImportJobs.TABLE, id, now, leaseUntil);
    }

    Left left(UUID id) {
        return jdbc.sql("""
                SELECT source_text, processed_rows, started_by, started_by_name, started_by_org FROM cert_import WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Left(
                        rs.getString("source_text"),
                        rs.getInt("processed_rows"),
                        new Starter(
                                rs.getObject("started_by", UUID.class),
                                rs.getString("started_by_name"),
                                rs.getObject("started_by_org", UUID.class))))
                .single();
    }

    void refusedRow(UUID id, int line, String field, String message) {
        jdbc.sql("INSERT INTO cert_import_error (import_id, line_number, field_name, message) VALUES (?, ?, ?, ?)")
                .params(id, line, field, message)
                .update();
    }

    /** One row done, in the row's own transaction; renews the lease. */
    void counted(UUID id, boolean entered, Instant leaseUntil) {
        jdbc.sql("""
                UPDATE cert_import SET processed_rows = processed_rows + 1, created_rows = created_rows + ?,
                    error_rows = error_rows + ?, lease_until = ? WHERE id = ?""")
                .params(entered ? 1 : 0, entered ? 0 : 1, SqlTime.of(leaseUntil), id)
                .update();
    }

    /** Ends the job and drops its file, which holds holders' personal data and is needed no more. */
    void finish(UUID id, String state, Instant at) {
        jdbc.sql(
                        "UPDATE cert_import SET state = ?, finished_at = ?, source_text = NULL, lease_until = NULL WHERE id = ?")
                .params(state, SqlTime.of(at), id)
                .update();
    }

    /** The organisation of whoever started an import: the training centre whose records it fills. */
    @Nullable
    UUID startedByOrganisation(UUID id) {
        List<UUID> org = jdbc.sql("SELECT started_by_org FROM cert_import WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        return org.isEmpty() ? null : org.get(0);
    }

    /** The latest imports into one training centre's records, or (null) into every centre's, the newest first. */
    List<DatabaseInput.ImportSummary> recent(@Nullable UUID centre, int limit) {
        return jdbc.sql("""
                SELECT id, state, total_rows, processed_rows, created_rows, error_rows, started_at, finished_at
                FROM cert_import WHERE CAST(:centre AS UUID) IS NULL OR started_by_org = :centre
                ORDER BY started_at DESC, id LIMIT :limit""")
                .param("centre", centre)
                .param("limit", limit)
                .query((rs, n) -> new DatabaseInput.ImportSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("state"),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("created_rows"),
                        rs.getInt("error_rows"),
                        SqlTime.instant(rs, "started_at"),
                        SqlTime.instant(rs, "finished_at")))
                .list();
    }

    Optional<ImportJob> find(UUID id) {
        List<RowError> errors = jdbc.sql("""
                SELECT line_number, field_name, message FROM cert_import_error WHERE import_id = ? ORDER BY line_number, field_name""")
                .param(id)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT * FROM cert_import WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ImportJob(
                        id,
                        rs.getString("state"),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("created_rows"),
                        rs.getInt("error_rows"),
                        // Imports from before V17 kept their refused rows as JSON.
                        errors.isEmpty()
                                ? json.readValue(rs.getString("errors"), new TypeReference<List<RowError>>() {})
                                : errors))
                .optional();
    }
}
