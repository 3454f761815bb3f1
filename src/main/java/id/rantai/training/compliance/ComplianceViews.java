package id.rantai.training.compliance;

import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.training.TrainingAccess;
import id.rantai.training.TrainingCompliance;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.employee.EmployeeDirectory;
import id.rantai.training.rules.PairStatus;
import id.rantai.training.rules.TrainingRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Compliance as people read it: per employee, department, job function or company; the overdue list; the trend. */
@Service
public class ComplianceViews {
    private final ComplianceLedger ledger;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory employees;

    ComplianceViews(ComplianceLedger ledger, TrainingCatalogue catalogue, EmployeeDirectory employees) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.employees = employees;
    }

    public enum GroupBy {
        ORGANISATION,
        DEPARTMENT,
        JOB_FUNCTION,
        TOPIC,
        EMPLOYEE
    }

    /** One group's figures, as {@link TrainingCompliance.Figure} defines them. */
    public record Row(
            String key,
            int employees,
            int requiredPairs,
            int compliant,
            int covered,
            int dueSoon,
            int overdue,
            double rate) {}

    public record TopicState(
            UUID topicId,
            String code,
            String titleEn,
            PairStatus status,
            @Nullable LocalDate dueOn,
            List<TrainingRules.Period> periods) {}

    public record EmployeeCompliance(
            EmployeeDirectory.EmployeeView employee,
            List<TopicState> topics,
            Map<UUID, List<TrainingRules.Period>> recordedPeriods) {}

    public record Overdue(
            UUID employeeId,
            String employeeNumber,
            String fullName,
            String department,
            @Nullable String managerEmail,
            UUID topicId,
            String topicCode,
            LocalDate dueOn,
            long daysOverdue) {}

    public List<Row> summary(Actor actor, @Nullable GroupBy groupBy, @Nullable LocalDate on) {
        UUID org = TrainingAccess.member(actor);
        LocalDate day = on == null ? catalogue.today() : on;
        return summary(ledger.evaluate(org, day, null), groupBy, day);
    }

    /** The rows of one evaluation, grouped; pairs no longer required are left out. */
    public static List<Row> summary(List<PairState> evaluated, @Nullable GroupBy groupBy, LocalDate day) {
        List<PairState> pairs = evaluated.stream()
                .filter(p -> p.status() != PairStatus.NOT_REQUIRED)
                .toList();
        GroupBy by = groupBy == null ? GroupBy.ORGANISATION : groupBy;
        Map<String, List<PairState>> groups = new TreeMap<>();
        for (PairState p : pairs) {
            for (String key : keys(by, p)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        if (by == GroupBy.ORGANISATION && groups.isEmpty()) {
            groups.put("organisation", List.of());
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((k, list) -> {
            TrainingCompliance.Figure f = ComplianceLedger.figure(day, list);
            out.add(new Row(
                    k,
                    f.activeEmployees(),
                    f.requiredPairs(),
                    f.compliant(),
                    f.covered(),
                    f.dueSoon(),
                    f.overdue(),
                    f.rate()));
        });
        return out;
    }

    private static List<String> keys(GroupBy by, PairState p) {
        return switch (by) {
            case ORGANISATION -> List.of("organisation");
            case DEPARTMENT -> List.of(p.employee().department());
            case EMPLOYEE -> List.of(p.employee().employeeNumber());
            case TOPIC -> List.of(p.topic().code());
            // An employee with several functions counts under each; one with none under "(none)".
            case JOB_FUNCTION -> p.jobFunctions().isEmpty() ? List.of("(none)") : p.jobFunctions();
        };
    }

    public EmployeeCompliance employee(Actor actor, UUID id) {
        UUID org = TrainingAccess.member(actor);
        EmployeeDirectory.EmployeeView view = employees.view(actor, id);
        List<TopicState> topics = ledger.evaluate(org, catalogue.today(), id).stream()
                .sorted(Comparator.comparing(p -> p.topic().code()))
                .map(p -> new TopicState(
                        p.topic().id(), p.topic().code(), p.topic().titleEn(), p.status(), p.dueOn(), p.periods()))
                .toList();
        return new EmployeeCompliance(view, topics, ledger.recorded(id));
    }

    public List<Overdue> overdue(Actor actor) {
        return overdue(TrainingAccess.member(actor));
    }

    public List<Overdue> overdue(UUID org) {
        LocalDate today = catalogue.today();
        return overdue(ledger.evaluate(org, today, null), today);
    }

    /** The overdue pairs of one evaluation, oldest due date first. */
    public static List<Overdue> overdue(List<PairState> evaluated, LocalDate today) {
        return evaluated.stream()
                .filter(p -> p.status() == PairStatus.OVERDUE)
                .map(p -> new Overdue(
                        p.employee().id(),
                        p.employee().employeeNumber(),
                        p.employee().fullName(),
                        p.employee().department(),
                        p.employee().managerEmail(),
                        p.topic().id(),
                        p.topic().code(),
                        p.dueOn(),
                        ChronoUnit.DAYS.between(p.dueOn(), today)))
                .sorted(Comparator.comparing(Overdue::dueOn)
                        .thenComparing(Overdue::employeeNumber)
                        .thenComparing(Overdue::topicCode))
                .toList();
    }

    /** What the console's dashboard shows of today, all from one evaluation of the company's records. */
    public record Dashboard(
            Row overall, List<Row> departments, List<Row> jobFunctions, List<Row> topics, List<Overdue> overdue) {}

    public Dashboard dashboard(Actor actor) {
        UUID org = TrainingAccess.member(actor);
        LocalDate today = catalogue.today();
        List<PairState> pairs = ledger.evaluate(org, today, null);
        return new Dashboard(
                summary(pairs, GroupBy.ORGANISATION, today).get(0),
                summary(pairs, GroupBy.DEPARTMENT, today),
                summary(pairs, GroupBy.JOB_FUNCTION, today),
                summary(pairs, GroupBy.TOPIC, today),
                overdue(pairs, today));
    }

    /** What the PDF report shows — the figure, departments and overdue list — from one evaluation. */
    public record Report(TrainingCompliance.Figure figure, List<Row> departments, List<Overdue> overdue) {}

    public Report report(Actor actor) {
        UUID org = TrainingAccess.member(actor);
        LocalDate today = catalogue.today();
        List<PairState> pairs = ledger.evaluate(org, today, null);
        return new Report(
                ComplianceLedger.figure(today, pairs),
                summary(pairs, GroupBy.DEPARTMENT, today),
                overdue(pairs, today));
    }

    /** The company's figure at the end of each month from {@code from} to {@code to} (the current month: today). */
    public List<TrainingCompliance.Figure> trend(Actor actor, YearMonth from, YearMonth to) {
        UUID org = TrainingAccess.member(actor);
        if (to.isBefore(from)) {
            throw InvalidInputException.worded("to", "beforeFrom");
        }
        if (from.plusMonths(36).isBefore(to)) {
            throw new InvalidInputException("to", "a trend covers at most 36 months");
        }
        LocalDate today = catalogue.today();
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate day = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
            if (day.isBefore(m.atDay(1))) {
                break;
            }
            days.add(day);
        }
        return ledger.figures(org, days);
    }
}
