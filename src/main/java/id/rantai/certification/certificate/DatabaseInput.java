package id.rantai.certification.certificate;

import id.rantai.shared.Inputs;
import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.csv.CsvReader;
import id.rantai.shared.jdbc.SqlTime;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input Database: certificates issued before Rantai, entered one by one or from a CSV file (in the
 * background, with progress and per-row errors). An entry is not verifiable until another member of
 * staff has checked it against the source documents.
 */
@Service
public class DatabaseInput {
    static final Set<String> REQUIRED = Set.of("number", "holder_name", "national_id", "birth_place", "birth_date", "exam_year",
            "issued_on");
    private static final Logger log = LoggerFactory.getLogger(DatabaseInput.class);

    private final CertificateRegistry registry;
    private final ServiceDesk desk;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "certificate-import");
        t.setDaemon(true);
        return t;
    });

    DatabaseInput(CertificateRegistry registry, ServiceDesk desk, JdbcClient jdbc, JsonMapper json, TransactionTemplate tx,
                  AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.desk = desk;
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public record Entry(@Nullable String number, @Nullable String holderName, @Nullable String nationalId,
                        @Nullable String birthPlace, @Nullable LocalDate birthDate, @Nullable Integer examYear,
                        @Nullable LocalDate issuedOn) {
    }

    public record RowError(int line, String field, String message) {
    }

    public record ImportJob(UUID id, String state, int totalRows, int processedRows, int createdRows, int errorRows,
                            List<RowError> errors) {
    }

    public Certificate enter(Actor actor, Entry e) {
        CertificationAccess.staff(actor);
        return tx.execute(s -> enterOne(actor.userId(), e));
    }

    private Certificate enterOne(UUID by, Entry e) {
        String number = Inputs.requiredText(e.number(), "number", 64);
        String name = Inputs.requiredText(e.holderName(), "holderName", 200);
        if (e.nationalId() == null || !e.nationalId().matches("\\d{16}")) {
            throw new InvalidInputException("nationalId", "must be the 16-digit NIK");
        }
        String place = Inputs.requiredText(e.birthPlace(), "birthPlace", 100);
        if (e.birthDate() == null) {
            throw new InvalidInputException("birthDate", "is required");
        }
        LocalDate today = desk.today();
        if (e.examYear() == null || e.examYear() < 1990 || e.examYear() > today.getYear()) {
            throw new InvalidInputException("examYear", "must be a year from 1990 to this year");
        }
        if (e.issuedOn() == null || e.issuedOn().isAfter(today) || e.issuedOn().getYear() < e.examYear()) {
            throw new InvalidInputException("issuedOn", "is required, not in the future and not before the exam year");
        }
        Certificate c = registry.enter(by, number, new CertificateRegistry.Holder(name, e.nationalId(), place, e.birthDate()),
                e.examYear(), e.issuedOn());
        desk.start(CaseType.DATABASE_INPUT, c.id());
        return c;
    }

    /** Another member of staff confirms the entry against the source documents; it becomes verifiable. */
    public Certificate confirm(Actor actor, UUID id) {
        CertificationAccess.staff(actor);
        UUID enteredBy = jdbc.sql("SELECT changed_by FROM cert_certificate_history WHERE certificate_id = ? ORDER BY id")
                .param(id).query(UUID.class).list().stream().findFirst().orElse(null);
        return tx.execute(s -> {
            Certificate c = registry.confirmEntry(actor, id, enteredBy);
            desk.complete(CaseType.DATABASE_INPUT, id);
            return c;
        });
    }

    /**
     * A CSV of old certificates. A file that repeats a certificate number is refused at once, naming
     * the lines; otherwise rows are entered in the background and each refused row is reported.
     */
    public ImportJob importCsv(Actor actor, byte[] file) {
        CertificationAccess.staff(actor);
        List<CsvReader.Row> rows = CsvReader.read(new String(file, StandardCharsets.UTF_8), REQUIRED, REQUIRED, 50_000);
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row r : rows) {
            Integer before = firstLine.putIfAbsent(r.get("number"), r.line());
            if (before != null) {
                throw new InvalidInputException("file", "certificate number " + r.get("number") + " appears on line " + before
                        + " and line " + r.line());
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO cert_import (id, state, total_rows, processed_rows, created_rows, error_rows, errors, started_at,
                    started_by) VALUES (?, 'RUNNING', ?, 0, 0, 0, '[]', ?, ?)""")
                .params(id, rows.size(), SqlTime.of(clock.instant()), actor.userId()).update();
        worker.submit(() -> run(actor, id, rows));
        return status(actor, id);
    }

    private void run(Actor actor, UUID id, List<CsvReader.Row> rows) {
        List<RowError> errors = new ArrayList<>();
        int created = 0, processed = 0;
        try {
            for (CsvReader.Row r : rows) {
                try {
                    Entry e = new Entry(r.get("number"), r.get("holder_name"), r.get("national_id"), r.get("birth_place"),
                            date(r.get("birth_date"), "birth_date"), year(r.get("exam_year")), date(r.get("issued_on"), "issued_on"));
                    tx.executeWithoutResult(s -> enterOne(actor.userId(), e)); // each row whole, or not at all
                    created++;
                } catch (InvalidInputException bad) {
                    errors.add(new RowError(r.line(), column(bad.field()), bad.getMessage()));
                }
                processed++;
                if (processed % 200 == 0 || processed == rows.size()) {
                    progress(id, processed, created, errors);
                }
            }
            progress(id, processed, created, errors);
            finish(id, "DONE");
            audit.record(new AuditRecord(clock.instant(), actor.userId(), actor.username(), actor.organisationId(),
                    "CERTIFICATES_IMPORTED", "CertificateImport", id, created + " entered, " + errors.size() + " refused"));
        } catch (RuntimeException e) {
            log.error("Certificate import {} failed", id, e);
            finish(id, "FAILED");
        }
    }

    public ImportJob status(Actor actor, UUID id) {
        CertificationAccess.staff(actor);
        return jdbc.sql("SELECT * FROM cert_import WHERE id = ?").param(id)
                .query((rs, n) -> new ImportJob(id, rs.getString("state"), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                        rs.getInt("created_rows"), rs.getInt("error_rows"),
                        json.readValue(rs.getString("errors"), new TypeReference<List<RowError>>() { })))
                .optional().orElseThrow(() -> new NotFoundException("Import", id));
    }

    private void progress(UUID id, int processed, int created, List<RowError> errors) {
        jdbc.sql("UPDATE cert_import SET processed_rows = ?, created_rows = ?, error_rows = ?, errors = ? WHERE id = ?")
                .params(processed, created, errors.size(), json.writeValueAsString(errors), id).update();
    }

    private void finish(UUID id, String state) {
        jdbc.sql("UPDATE cert_import SET state = ?, finished_at = ? WHERE id = ?").params(state, SqlTime.of(clock.instant()), id)
                .update();
    }

    private static String column(String field) {
        return switch (field) {
            case "holderName" -> "holder_name";
            case "nationalId" -> "national_id";
            case "birthPlace" -> "birth_place";
            case "birthDate" -> "birth_date";
            case "examYear" -> "exam_year";
            case "issuedOn" -> "issued_on";
            default -> field;
        };
    }

    private static @Nullable LocalDate date(@Nullable String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2019-03-31");
        }
    }

    private static @Nullable Integer year(@Nullable String v) {
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("exam_year", "must be a year");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
