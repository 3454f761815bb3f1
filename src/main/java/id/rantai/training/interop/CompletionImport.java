package id.rantai.training.interop;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.crypto.Sha256;
import id.rantai.shared.csv.CsvReader;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.delivery.Completion;
import id.rantai.training.delivery.Method;
import id.rantai.training.delivery.TrainingRecords;
import id.rantai.training.employee.Employee;
import id.rantai.training.employee.EmployeeDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Completions recorded in another learning system, as Experience API (xAPI) statements or as CSV.
 * Each is matched to an employee (xAPI: the actor's {@code mbox} e-mail or {@code account.name} as
 * the employee number) and to a topic (xAPI: the last path segment of the activity id is the topic
 * code, e.g. {@code https://lms.example/xapi/topics/ACCESS_CONTROL}); a statement or row seen
 * before (same statement id, or same employee, topic and day for CSV without an id) is ignored.
 */
@Service
public class CompletionImport {
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final Set<String> CSV_REQUIRED = Set.of("employee_number", "topic_code", "completed_on");
    static final Set<String> CSV_ALLOWED = Set.of(
            "employee_number",
            "topic_code",
            "completed_on",
            "method",
            "score",
            "passed",
            "topic_version",
            "external_id");

    private final TrainingRecords records;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory employees;
    private final AuditTrail audit;
    private final Clock clock;

    CompletionImport(
            TrainingRecords records,
            TrainingCatalogue catalogue,
            EmployeeDirectory employees,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.catalogue = catalogue;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an import did: recorded, ignored as seen before, skipped (not a completion), refused with a reason. */
    public record Report(int recorded, int duplicates, List<Item> skipped, List<Item> errors) {}

    /** An item of the input (its index in the statement array, or its CSV line) and what happened to it. */
    public record Item(int at, String field, String message) {}

    public Report xapi(Actor actor, JsonNode body) {
        UUID org = TrainingAccess.manager(actor);
        List<JsonNode> statements = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(statements::add);
        } else if (body.isObject()) {
            statements.add(body);
        } else {
            throw new InvalidInputException("statements", "must be an xAPI statement or an array of them");
        }
        Lookup lookup = lookup(org);
        int recorded = 0, duplicates = 0;
        List<Item> skipped = new ArrayList<>(), errors = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode s = statements.get(i);
            String verb = s.path("verb").path("id").asString("");
            if (!verb.equals(COMPLETED) && !verb.equals(PASSED) && !verb.equals(FAILED)) {
                skipped.add(new Item(i, "verb.id", "is not completed, passed or failed"));
                continue;
            }
            try {
                Employee e = lookup.employee(s.path("actor"));
                Topic t = lookup.topic(s.path("object").path("id").asString(""));
                LocalDate on = timestamp(s.path("timestamp").asString(""));
                JsonNode result = s.path("result");
                boolean passed = !verb.equals(FAILED)
                        && !(result.has("success") && !result.get("success").asBoolean(true));
                Double score = score(result.path("score"));
                String id = s.hasNonNull("id") ? s.get("id").asString("") : Sha256.hex(s.toString());
                Completion c = records.importCompletion(
                        org,
                        new TrainingRecords.NewCompletion(e.id(), t.id(), null, on, Method.ONLINE, score, passed),
                        Completion.Source.XAPI,
                        "xapi:" + id);
                if (c == null) {
                    duplicates++;
                } else {
                    recorded++;
                }
            } catch (InvalidInputException bad) {
                errors.add(new Item(i, bad.field(), bad.getMessage()));
            }
        }
        return done(actor, org, "XAPI", new Report(recorded, duplicates, skipped, errors));
    }

    public Report csv(Actor actor, String text) {
        UUID org = TrainingAccess.manager(actor);
        Lookup lookup = lookup(org);
        int recorded = 0, duplicates = 0;
        List<Item> errors = new ArrayList<>();
        for (CsvReader.Row row : CsvReader.read(text, CSV_REQUIRED, CSV_ALLOWED, 100_000)) {
            try {
                Employee e = lookup.byNumber.get(row.get("employee_number"));
                if (e == null) {
                    throw new InvalidInputException("employee_number", "names no employee of your company");
                }
                Topic t = lookup.byCode.get(row.get("topic_code"));
                if (t == null) {
                    throw new InvalidInputException("topic_code", "names no topic of your catalogue");
                }
                LocalDate on = date(row.get("completed_on"));
                Method method = method(row.get("method"));
                Double score = number(row.get("score"), "score");
                Boolean passed = flag(row.get("passed"));
                Integer version = row.get("topic_version") == null
                                || row.get("topic_version").isEmpty()
                        ? null
                        : number(row.get("topic_version"), "topic_version").intValue();
                String external =
                        row.get("external_id") == null || row.get("external_id").isEmpty()
                                ? "csv:" + e.employeeNumber() + ":" + t.code() + ":" + on
                                : "csv:" + row.get("external_id");
                Completion c = records.importCompletion(
                        org,
                        new TrainingRecords.NewCompletion(e.id(), t.id(), version, on, method, score, passed),
                        Completion.Source.CSV,
                        external);
                if (c == null) {
                    duplicates++;
                } else {
                    recorded++;
                }
            } catch (InvalidInputException bad) {
                errors.add(new Item(row.line(), bad.field(), bad.getMessage()));
            }
        }
        return done(actor, org, "CSV", new Report(recorded, duplicates, List.of(), errors));
    }

    private Report done(Actor actor, UUID org, String kind, Report r) {
        audit.record(new AuditRecord(
                clock.instant(),
                actor.userId(),
                actor.username(),
                org,
                "TRAINING_COMPLETIONS_IMPORTED",
                "Training",
                org,
                kind + ": " + r.recorded() + " recorded, " + r.duplicates() + " duplicates, "
                        + r.errors().size() + " errors"));
        return r;
    }

    private record Lookup(Map<String, Employee> byNumber, Map<String, Employee> byEmail, Map<String, Topic> byCode) {
        Employee employee(JsonNode actor) {
            String mbox = actor.path("mbox").asString("");
            if (mbox.startsWith("mailto:")) {
                Employee e = byEmail.get(mbox.substring(7).toLowerCase(Locale.ROOT));
                if (e != null) {
                    return e;
                }
            }
            String account = actor.path("account").path("name").asString("");
            if (byNumber.containsKey(account)) {
                return byNumber.get(account);
            }
            throw new InvalidInputException("actor", "matches no employee by mbox e-mail or account name");
        }

        Topic topic(String activity) {
            String code = activity.substring(activity.lastIndexOf('/') + 1);
            Topic t = byCode.get(code);
            if (t == null) {
                throw new InvalidInputException("object.id", "ends in no topic code of your catalogue");
            }
            return t;
        }
    }

    private Lookup lookup(UUID org) {
        List<Employee> all = employees.of(org);
        return new Lookup(
                all.stream().collect(Collectors.toMap(Employee::employeeNumber, Function.identity())),
                all.stream()
                        .filter(e -> e.email() != null)
                        .collect(Collectors.toMap(Employee::email, Function.identity(), (a, b) -> a)),
                catalogue.topicsOf(org).stream().collect(Collectors.toMap(Topic::code, Function.identity())));
    }

    /** xAPI's scaled score (0–1), or raw over max, as a percentage. */
    private static @Nullable Double score(JsonNode score) {
        if (score.has("scaled")) {
            return score.get("scaled").asDouble() * 100;
        }
        if (score.has("raw") && score.has("max") && score.get("max").asDouble() > 0) {
            return 100 * score.get("raw").asDouble() / score.get("max").asDouble();
        }
        return null;
    }

    private static LocalDate timestamp(String value) {
        try {
            return OffsetDateTime.parse(value)
                    .atZoneSameInstant(TrainingCatalogue.ZONE)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("timestamp", "must be an ISO 8601 timestamp with offset");
        }
    }

    private static LocalDate date(@Nullable String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("completed_on", "must be a date like 2026-01-31");
        }
    }

    private static Method method(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Method.EXTERNAL;
        }
        try {
            return Method.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "must be CLASSROOM, ONLINE, ON_THE_JOB or EXTERNAL");
        }
    }

    private static @Nullable Double number(@Nullable String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "is not a number");
        }
    }

    private static @Nullable Boolean flag(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ya", "1" -> true;
            case "false", "no", "tidak", "0" -> false;
            default -> throw new InvalidInputException("passed", "must be true or false");
        };
    }
}
