package id.rantai.training.compliance;

import id.rantai.training.TrainingCompliance;
import id.rantai.training.catalogue.Audience;
import id.rantai.training.catalogue.JobFunction;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TopicVersion;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.delivery.Completion;
import id.rantai.training.delivery.TrainingRecords;
import id.rantai.training.employee.Assignment;
import id.rantai.training.employee.Employee;
import id.rantai.training.employee.EmployeeDirectory;
import id.rantai.training.rules.PairStatus;
import id.rantai.training.rules.Reason;
import id.rantai.training.rules.TrainingRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the training rules to a company: which topics each employee needs (all-employee topics
 * from hiring, a job function's topics from its assignment), where each pair stands on a given day,
 * and the requirement periods recorded per pair so history shows when each person was covered.
 */
@Service
public class ComplianceLedger implements TrainingCompliance {
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory employees;
    private final TrainingRecords records;
    private final JdbcTrainingPeriods periods;
    private final TransactionTemplate tx;

    ComplianceLedger(
            TrainingCatalogue catalogue,
            EmployeeDirectory employees,
            TrainingRecords records,
            JdbcTrainingPeriods periods,
            TransactionTemplate tx) {
        this.catalogue = catalogue;
        this.employees = employees;
        this.records = records;
        this.periods = periods;
        this.tx = tx;
    }

    /** Every employee/topic pair that is or was required, as it stands on a day. Terminated employees are NOT_REQUIRED. */
    public List<PairState> evaluate(UUID org, LocalDate day, @Nullable UUID onlyEmployee) {
        return evaluate(load(org), day, onlyEmployee);
    }

    /**
     * The company's figure on each of the days, from one reading of its records (a trend asks for many
     * days). The days are independent evaluations of the same immutable records, so they run in parallel.
     */
    public List<Figure> figures(UUID org, List<LocalDate> days) {
        Records loaded = load(org);
        return days.parallelStream()
                .map(day -> figure(day, evaluate(loaded, day, null)))
                .toList();
    }

    /** What the rules need to know of a company, read once. */
    private record Records(
            List<Topic> topics,
            Map<UUID, Topic> topicById,
            Map<UUID, List<TrainingRules.Version>> versions,
            Map<UUID, JobFunction> functions,
            Map<UUID, List<Assignment>> assignments,
            Map<UUID, Map<UUID, List<TrainingRules.Completion>>> done,
            TrainingRules.Settings settings,
            List<Employee> employees) {}

    private Records load(UUID org) {
        List<Topic> topics =
                catalogue.topicsOf(org).stream().filter(Topic::active).toList();
        Map<UUID, List<TrainingRules.Version>> versions = new HashMap<>();
        catalogue
                .versionsOf(org)
                .forEach((topic, list) -> versions.put(
                        topic,
                        list.stream()
                                .map((TopicVersion v) ->
                                        new TrainingRules.Version(v.version(), v.publishedOn(), v.dueDays()))
                                .toList()));
        Map<UUID, JobFunction> functions =
                catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::id, Function.identity()));
        Map<UUID, Map<UUID, List<TrainingRules.Completion>>> done = new HashMap<>();
        for (Completion c : records.ofOrganisation(org)) {
            done.computeIfAbsent(c.employeeId(), k -> new HashMap<>())
                    .computeIfAbsent(c.topicId(), k -> new ArrayList<>())
                    .add(new TrainingRules.Completion(c.id(), c.completedOn(), c.topicVersion(), c.passed()));
        }
        return new Records(
                topics,
                topics.stream().collect(Collectors.toMap(Topic::id, Function.identity())),
                versions,
                functions,
                employees.assignments(org),
                done,
                catalogue.settings(org).rules(),
                employees.of(org));
    }

    private static List<PairState> evaluate(Records r, LocalDate day, @Nullable UUID onlyEmployee) {
        List<PairState> out = new ArrayList<>();
        for (Employee e : r.employees()) {
            if ((onlyEmployee != null && !onlyEmployee.equals(e.id()))
                    || e.hireDate().isAfter(day)) {
                continue;
            }
            List<Assignment> held = r.assignments().getOrDefault(e.id(), List.of()).stream()
                    .filter(a -> !a.assignedOn().isAfter(day)
                            && (a.endedOn() == null || a.endedOn().isAfter(day)))
                    .toList();
            List<String> heldCodes = held.stream()
                    .map(a -> r.functions().get(a.jobFunctionId()))
                    .filter(java.util.Objects::nonNull)
                    .map(JobFunction::code)
                    .distinct()
                    .sorted()
                    .toList();
            LocalDate terminated = e.status() == Employee.Status.TERMINATED ? e.terminatedOn() : null;
            if (terminated != null && terminated.isAfter(day)) {
                terminated = null; // still employed on that day
            }
            for (Map.Entry<UUID, TrainingRules.Requirement> req : requirements(
                            e, held, r.topics(), r.functions(), r.settings())
                    .entrySet()) {
                if (req.getValue().since().isAfter(day)) {
                    continue; // the programme had not started yet on that day
                }
                Topic t = r.topicById().get(req.getKey());
                // A past day reads only the versions published by then: a later version changes
                // today's figures, never a past day's. The first version stands for the topic's content
                // before Rantai recorded it (history may be imported), so it always counts.
                List<TrainingRules.Version> published = r.versions().getOrDefault(t.id(), List.of()).stream()
                        .filter(v -> v.version() == 1 || !v.publishedOn().isAfter(day))
                        .toList();
                TrainingRules.Outcome o = TrainingRules.evaluate(
                        req.getValue(),
                        published,
                        r.done().getOrDefault(e.id(), Map.of()).getOrDefault(t.id(), List.of()),
                        r.settings(),
                        day,
                        terminated);
                out.add(new PairState(e, t, heldCodes, o.status(), o.covered(), o.periods()));
            }
        }
        return out;
    }

    /** What an employee needs: all-employee topics since hiring; a held function's topics since its assignment. */
    static Map<UUID, TrainingRules.Requirement> requirements(
            Employee e,
            List<Assignment> held,
            List<Topic> topics,
            Map<UUID, JobFunction> functions,
            TrainingRules.Settings settings) {
        Map<UUID, TrainingRules.Requirement> out = new LinkedHashMap<>();
        for (Topic t : topics) {
            if (t.audience() == Audience.ALL_EMPLOYEES) {
                out.put(
                        t.id(),
                        settings.baseline(
                                new TrainingRules.Requirement(e.hireDate(), Reason.HIRE, settings.hireDueDays())));
            }
        }
        List<UUID> active = topics.stream().map(Topic::id).toList();
        for (Assignment a : held) {
            JobFunction f = functions.get(a.jobFunctionId());
            if (f == null) {
                continue;
            }
            for (UUID topic : f.topicIds()) {
                if (!active.contains(topic)) {
                    continue;
                }
                // A new hire's functions start with the hiring window; a later assignment is due from its own day.
                boolean atHire = !a.assignedOn().isAfter(e.hireDate());
                TrainingRules.Requirement r = atHire
                        ? new TrainingRules.Requirement(e.hireDate(), Reason.HIRE, settings.hireDueDays())
                        : new TrainingRules.Requirement(
                                a.assignedOn(), Reason.JOB_FUNCTION, settings.jobFunctionDueDays());
                out.merge(topic, settings.baseline(r), (x, y) -> x.since().isAfter(y.since()) ? y : x);
            }
        }
        return out;
    }

    @Override
    public Figure figure(UUID org) {
        LocalDate today = catalogue.today();
        List<PairState> pairs = evaluate(org, today, null);
        return figure(today, pairs);
    }

    /** The figure of one evaluation. */
    public static Figure figure(LocalDate day, List<PairState> pairs) {
        int compliant = 0, covered = 0, dueSoon = 0, overdue = 0, required = 0;
        java.util.Set<UUID> active = new java.util.HashSet<>();
        for (PairState p : pairs) {
            switch (p.status()) {
                case COMPLIANT -> compliant++;
                case DUE_SOON -> dueSoon++;
                case OVERDUE -> overdue++;
                case NOT_REQUIRED -> {
                    continue;
                }
            }
            required++;
            if (p.covered()) {
                covered++;
            }
            active.add(p.employee().id());
        }
        return new Figure(day, active.size(), required, compliant, covered, dueSoon, overdue);
    }

    // ---------------------------------------------------------------- recorded periods

    @EventListener
    void on(EmployeeDirectory.EmployeeChanged e) {
        record(e.organisationId(), e.employeeId());
    }

    @EventListener
    void on(TrainingCatalogue.RequirementsChanged e) {
        record(e.organisationId(), null);
    }

    /** Rewrites the recorded periods of the pairs required today (of one employee, or all). */
    public void record(UUID org, @Nullable UUID employee) {
        List<PairState> pairs = evaluate(org, catalogue.today(), employee);
        tx.executeWithoutResult(s -> periods.replace(pairs));
    }

    /** The recorded periods of one employee, by topic, including topics no longer required of them. */
    public Map<UUID, List<TrainingRules.Period>> recorded(UUID employee) {
        return periods.ofEmployee(employee);
    }

    static boolean counts(PairStatus s) {
        return s != PairStatus.NOT_REQUIRED;
    }
}
