package id.rantai.training.employee;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.csv.CsvReader;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.JobFunction;
import id.rantai.training.catalogue.TrainingCatalogue;
import jakarta.annotation.PreDestroy;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of employees from CSV, in the background with visible progress. Every row is checked
 * before anything is written; a refused row is reported with its line, column and reason and is
 * not applied at all, while good rows are. Rows are keyed by employee number, and a row equal to what
 * is stored changes nothing, so importing the same file twice is harmless. Good rows are applied in
 * chunks, each in its own transaction: a crash leaves whole rows, never half of one. The accepted
 * file is kept with its job until the job ends; if the instance running it dies, its lease runs out
 * and this or another instance runs the file again, which completes it.
 */
@Service
public class EmployeeImport {
    static final Set<String> REQUIRED = Set.of("employee_number", "full_name", "department", "hire_date");
    static final Set<String> ALLOWED = Set.of(
            "employee_number",
            "full_name",
            "email",
            "department",
            "manager_email",
            "hire_date",
            "status",
            "terminated_on",
            "job_functions");
    static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 500;
    /** How long a job stays with its instance without a progress report; chunks report far more often. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(EmployeeImport.class);

    private final EmployeeDirectory directory;
    private final TrainingCatalogue catalogue;
    private final JdbcImports imports;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "employee-import");
        t.setDaemon(true);
        return t;
    });
    /** Jobs this instance is running: their leases may look expired on a test's simulated clock. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    EmployeeImport(
            EmployeeDirectory directory,
            TrainingCatalogue catalogue,
            JdbcImports imports,
            TransactionTemplate tx,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.imports = imports;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the file's shape now (a bad header is refused at once) and imports its rows in the background. */
    public ImportJob start(Actor actor, byte[] file) {
        UUID org = TrainingAccess.manager(actor);
        catalogue.ensureSeeded(org);
        String text = utf8(file);
        List<CsvReader.Row> rows = CsvReader.read(text, REQUIRED, ALLOWED, MAX_ROWS);
        ImportJob job = new ImportJob(
                UUID.randomUUID(),
                org,
                "EMPLOYEES",
                ImportJob.State.RUNNING,
                rows.size(),
                0,
                0,
                0,
                0,
                0,
                List.of(),
                clock.instant(),
                null);
        JdbcImports.Starter starter = new JdbcImports.Starter(actor.userId(), actor.username());
        imports.start(job, starter, text, clock.instant().plus(LEASE));
        launch(job.id(), org, starter, rows);
        return job;
    }

    /**
     * Finishes the imports whose instance died (its lease ran out): run on a schedule, so a restarted
     * instance, or another one, picks them up.
     */
    @Scheduled(
            fixedDelayString = "${rantai.training.import-recovery-interval:PT1M}",
            initialDelayString = "${rantai.training.import-recovery-interval:PT1M}")
    public int resumeAbandoned() {
        int resumed = 0;
        for (UUID id : imports.abandoned(clock.instant())) {
            if (running.contains(id)) {
                continue;
            }
            var job = imports.takeOver(id, clock.instant(), clock.instant().plus(LEASE))
                    .orElse(null);
            if (job == null) {
                continue; // another instance was quicker
            }
            log.info("Resuming employee import {} left unfinished by a stopped instance", id);
            try {
                launch(
                        id,
                        job.organisationId(),
                        job.starter(),
                        CsvReader.read(job.sourceText(), REQUIRED, ALLOWED, MAX_ROWS));
                resumed++;
            } catch (RuntimeException unreadable) {
                log.error("Employee import {} cannot be resumed", id, unreadable);
                imports.finish(id, ImportJob.State.FAILED, clock.instant());
            }
        }
        return resumed;
    }

    private void launch(UUID id, UUID org, JdbcImports.Starter starter, List<CsvReader.Row> rows) {
        running.add(id);
        worker.submit(() -> {
            try {
                run(id, org, starter, rows);
            } finally {
                running.remove(id);
            }
        });
    }

    /** The organisation's latest imports (at most 100), the newest first. */
    public List<ImportJob.Summary> recent(Actor actor) {
        return imports.recent(TrainingAccess.member(actor), 100);
    }

    public ImportJob status(Actor actor, UUID id) {
        UUID org = TrainingAccess.member(actor);
        return imports.find(id)
                .filter(j -> j.organisationId().equals(org))
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    private void run(UUID jobId, UUID org, JdbcImports.Starter starter, List<CsvReader.Row> rows) {
        try {
            Map<String, JobFunction> functions = directory.functionsByCode(org);
            LocalDate today = catalogue.today();
            List<ImportJob.RowError> errors = new ArrayList<>();
            List<EmployeeInput.Valid> good = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CsvReader.Row row : rows) {
                EmployeeInput in = new EmployeeInput(
                        row.get("employee_number"),
                        row.get("full_name"),
                        row.get("email"),
                        row.get("department"),
                        row.get("manager_email"),
                        row.get("hire_date"),
                        row.get("status"),
                        row.get("terminated_on"),
                        row.get("job_functions") == null
                                ? null
                                : Arrays.asList(row.get("job_functions").split("[;|]")));
                List<EmployeeInput.Problem> problems = new ArrayList<>(in.check(functions.keySet(), today));
                if (row.fields().containsKey("__extra")) {
                    problems.add(new EmployeeInput.Problem("file", "the row has more fields than the header"));
                }
                if (problems.isEmpty() && !seen.add(in.valid().employeeNumber())) {
                    problems.add(new EmployeeInput.Problem("employee_number", "appears earlier in the file"));
                }
                problems.forEach(p -> errors.add(new ImportJob.RowError(row.line(), column(p.field()), p.message())));
                if (problems.isEmpty()) {
                    good.add(in.valid());
                }
            }
            Set<Integer> badLines =
                    errors.stream().map(ImportJob.RowError::line).collect(Collectors.toSet());
            int processed = badLines.size(), created = 0, updated = 0, unchanged = 0;
            imports.progress(jobId, processed, 0, 0, 0, errors, clock.instant().plus(LEASE));
            Map<UUID, String> codes =
                    functions.values().stream().collect(Collectors.toMap(JobFunction::id, JobFunction::code));
            // Read once: each employee number appears once in the good rows, so no chunk changes what a later one
            // reads.
            Map<String, Employee> existing = directory.byNumber(org);
            Map<UUID, List<Assignment>> held = directory.assignments(org);
            for (int from = 0; from < good.size(); from += CHUNK) {
                List<EmployeeInput.Valid> chunk = good.subList(from, Math.min(good.size(), from + CHUNK));
                int[] counts = tx.execute(s -> {
                    int[] c = new int[3];
                    for (EmployeeInput.Valid v : chunk) {
                        Employee e = existing.get(v.employeeNumber());
                        Set<String> functionsHeld =
                                e == null ? Set.of() : new HashSet<>(EmployeeDirectory.held(held.get(e.id()), codes));
                        c[directory.apply(org, e, v, functions, functionsHeld).ordinal()]++;
                    }
                    return c;
                });
                created += counts[0];
                updated += counts[1];
                unchanged += counts[2];
                processed += chunk.size();
                imports.progress(
                        jobId,
                        processed,
                        created,
                        updated,
                        unchanged,
                        errors,
                        clock.instant().plus(LEASE));
            }
            if (created + updated > 0) {
                // Work out everyone's requirements before the import reports DONE.
                events.publishEvent(new TrainingCatalogue.RequirementsChanged(org));
            }
            imports.finish(jobId, ImportJob.State.DONE, clock.instant());
            audit.record(new AuditRecord(
                    clock.instant(),
                    starter.userId(),
                    starter.username(),
                    org,
                    "EMPLOYEES_IMPORTED",
                    "TrainingImport",
                    jobId,
                    created + " created, " + updated + " updated, " + unchanged + " unchanged, " + errors.size()
                            + " errors"));
        } catch (RuntimeException e) {
            log.error("Employee import {} failed", jobId, e);
            imports.finish(jobId, ImportJob.State.FAILED, clock.instant());
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "employeeNumber" -> "employee_number";
            case "fullName" -> "full_name";
            case "managerEmail" -> "manager_email";
            case "hireDate" -> "hire_date";
            case "terminatedOn" -> "terminated_on";
            case "jobFunctions" -> "job_functions";
            default -> field;
        };
    }

    static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
