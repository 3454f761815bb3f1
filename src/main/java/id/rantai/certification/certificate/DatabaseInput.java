package id.rantai.certification.certificate;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.csv.CsvReader;
import jakarta.annotation.PreDestroy;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Input Database: certificates issued before Rantai, entered one by one or from a CSV file (in the
 * background, with progress and per-row errors). An entry is not verifiable until another member of
 * staff has checked it against the source documents.
 */
@Service
public class DatabaseInput {
    static final Set<String> REQUIRED =
            Set.of("number", "holder_name", "national_id", "birth_place", "birth_date", "exam_year", "issued_on");
    private static final Logger log = LoggerFactory.getLogger(DatabaseInput.class);
    /** How long a job stays with its instance without finishing a row. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final CertificateRegistry registry;
    private final ServiceDesk desk;
    private final JdbcCertificateImports imports;
    private final JdbcCertificates certificates;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "certificate-import");
        t.setDaemon(true);
        return t;
    });
    /** Jobs this instance is running: their leases may look expired on a test's simulated clock. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    DatabaseInput(
            CertificateRegistry registry,
            ServiceDesk desk,
            JdbcCertificateImports imports,
            JdbcCertificates certificates,
            TransactionTemplate tx,
            AuditTrail audit,
            Clock clock) {
        this.registry = registry;
        this.desk = desk;
        this.imports = imports;
        this.certificates = certificates;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public record Entry(
            @Size(max = 64) @Nullable String number,
            @Size(max = 200) @Nullable String holderName,
            @Size(max = 16) @Nullable String nationalId,
            @Size(max = 100) @Nullable String birthPlace,
            @Nullable LocalDate birthDate,
            @Nullable Integer examYear,
            @Nullable LocalDate issuedOn) {}

    public record RowError(int line, String field, String message) {}

    /** An import in a list of imports; its refused rows are listed on the import itself. */
    public record ImportSummary(
            UUID id,
            String state,
            int totalRows,
            int processedRows,
            int createdRows,
            int errorRows,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    public record ImportJob(
            UUID id,
            String state,
            int totalRows,
            int processedRows,
            int createdRows,
            int errorRows,
            List<RowError> errors) {}

    public Certificate enter(Actor actor, Entry e) {
        UUID centre = CertificationAccess.centreOf(actor);
        return tx.execute(s -> enterOne(actor.userId(), centre, e));
    }

    private Certificate enterOne(UUID by, @Nullable UUID centre, Entry e) {
        String number = Inputs.requiredText(e.number(), "number", 64);
        String name = Inputs.requiredText(e.holderName(), "holderName", 200);
        if (e.nationalId() == null || !e.nationalId().matches("\\d{16}")) {
            throw InvalidInputException.worded("nationalId", "nik");
        }
        String place = Inputs.requiredText(e.birthPlace(), "birthPlace", 100);
        if (e.birthDate() == null) {
            throw InvalidInputException.worded("birthDate", "required");
        }
        LocalDate today = desk.today();
        if (e.examYear() == null || e.examYear() < 1990 || e.examYear() > today.getYear()) {
            throw new InvalidInputException("examYear", "must be a year from 1990 to this year");
        }
        if (e.issuedOn() == null || e.issuedOn().isAfter(today) || e.issuedOn().getYear() < e.examYear()) {
            throw new InvalidInputException("issuedOn", "is required, not in the future and not before the exam year");
        }
        Certificate c = registry.enter(
                by,
                centre,
                number,
                new CertificateRegistry.Holder(name, e.nationalId(), place, e.birthDate()),
                e.examYear(),
                e.issuedOn());
        desk.start(centre, CaseType.DATABASE_INPUT, c.id());
        return c;
    }

    /** Another member of staff confirms the entry against the source documents; it becomes verifiable. */
    public Certificate confirm(Actor actor, UUID id) {
        registry.get(actor, id);
        UUID enteredBy = certificates.firstChangedBy(id).orElse(null);
        return tx.execute(s -> {
            Certificate c = registry.confirmEntry(actor, id, enteredBy);
            desk.complete(CaseType.DATABASE_INPUT, id);
            return c;
        });
    }

    /**
     * A CSV of old certificates. A file that repeats a certificate number is refused at once, naming
     * the lines; otherwise rows are entered in the background and each refused row is reported. Each
     * row is entered or refused in one transaction together with the job's counters, and the file is
     * kept with the job until it ends: if the instance dies, another (or the restarted one) takes the
     * job over once its lease runs out and carries on after the last row counted — no row twice, none
     * forgotten.
     */
    public ImportJob importCsv(Actor actor, byte[] file) {
        UUID centre = CertificationAccess.centreOf(actor);
        String text = new String(file, StandardCharsets.UTF_8);
        List<CsvReader.Row> rows = CsvReader.read(text, REQUIRED, REQUIRED, 50_000);
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row r : rows) {
            Integer before = firstLine.putIfAbsent(r.get("number"), r.line());
            if (before != null) {
                throw InvalidInputException.worded(
                        "file", "numberTwice", r.get("number"), String.valueOf(before), String.valueOf(r.line()));
            }
        }
        UUID id = UUID.randomUUID();
        JdbcCertificateImports.Starter starter =
                new JdbcCertificateImports.Starter(actor.userId(), actor.username(), centre);
        imports.start(
                id, rows.size(), clock.instant(), starter, text, clock.instant().plus(LEASE));
        launch(id, starter, rows, 0);
        return status(actor, id);
    }

    /** Takes over the imports whose instance stopped renewing their lease, and finishes them. */
    @Scheduled(
            fixedDelayString = "${rantai.certification.import-recovery-interval:PT1M}",
            initialDelayString = "${rantai.certification.import-recovery-interval:PT1M}")
    public int resumeAbandoned() {
        int resumed = 0;
        Instant now = clock.instant();
        for (UUID id : imports.abandoned(now)) {
            boolean won = !running.contains(id) && imports.takeOver(id, now, now.plus(LEASE));
            if (!won) {
                continue;
            }
            log.info("Resuming certificate import {} left unfinished by a stopped instance", id);
            JdbcCertificateImports.Left left = imports.left(id);
            try {
                launch(id, left.starter(), CsvReader.read(left.text(), REQUIRED, REQUIRED, 50_000), left.processed());
                resumed++;
            } catch (RuntimeException unreadable) {
                log.error("Certificate import {} cannot be resumed", id, unreadable);
                finish(id, "FAILED");
            }
        }
        return resumed;
    }

    private void launch(UUID id, JdbcCertificateImports.Starter starter, List<CsvReader.Row> rows, int from) {
        running.add(id);
        worker.submit(() -> {
            try {
                run(id, starter, rows, from);
            } finally {
                running.remove(id);
            }
        });
    }

    private void run(UUID id, JdbcCertificateImports.Starter starter, List<CsvReader.Row> rows, int from) {
        try {
            for (CsvReader.Row r : rows.subList(from, rows.size())) {
                try {
                    tx.executeWithoutResult(s -> {
                        enterOne(
                                starter.userId(),
                                starter.organisationId(),
                                new Entry(
                                        r.get("number"),
                                        r.get("holder_name"),
                                        r.get("national_id"),
                                        r.get("birth_place"),
                                        date(r.get("birth_date"), "birth_date"),
                                        year(r.get("exam_year")),
                                        date(r.get("issued_on"), "issued_on")));
                        count(id, true);
                    });
                } catch (InvalidInputException bad) {
                    tx.executeWithoutResult(s -> {
                        imports.refusedRow(id, r.line(), column(bad.field()), bad.getMessage());
                        count(id, false);
                    });
                }
            }
            ImportJob done = finish(id, "DONE");
            audit.record(new AuditRecord(
                    clock.instant(),
                    starter.userId(),
                    starter.username(),
                    starter.organisationId(),
                    "CERTIFICATES_IMPORTED",
                    "CertificateImport",
                    id,
                    done.createdRows() + " entered, " + done.errorRows() + " refused"));
        } catch (RuntimeException e) {
            log.error("Certificate import {} failed", id, e);
            finish(id, "FAILED");
        }
    }

    /** The latest imports of the actor's own training centre (of every centre, for the administrator). */
    public List<ImportSummary> recent(Actor actor) {
        return imports.recent(CertificationAccess.scopeOf(actor), 100);
    }

    public ImportJob status(Actor actor, UUID id) {
        ImportJob job = job(id);
        CertificationAccess.requireOwn(actor, imports.startedByOrganisation(id), "Import", id);
        return job;
    }

    private ImportJob job(UUID id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** One row done, in the row's own transaction; renews the lease. */
    private void count(UUID id, boolean entered) {
        imports.counted(id, entered, clock.instant().plus(LEASE));
    }

    /** Ends the job and drops its file, which holds holders' personal data and is needed no more. */
    private ImportJob finish(UUID id, String state) {
        imports.finish(id, state, clock.instant());
        return job(id);
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
