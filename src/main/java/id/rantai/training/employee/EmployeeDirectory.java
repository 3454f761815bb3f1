package id.rantai.training.employee;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.JobFunction;
import id.rantai.training.catalogue.TrainingCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's employees and the job functions they hold. */
@Service
public class EmployeeDirectory {
    private final JdbcEmployees employees;
    private final TrainingCatalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeDirectory(
            JdbcEmployees employees,
            TrainingCatalogue catalogue,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.employees = employees;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Published when an employee's record or job functions changed, so their requirements are worked out again. */
    public record EmployeeChanged(UUID organisationId, UUID employeeId) {}

    public enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record EmployeeView(Employee employee, List<String> jobFunctions) {}

    @Transactional
    public EmployeeView save(Actor actor, EmployeeInput in) {
        UUID org = TrainingAccess.manager(actor);
        Map<String, JobFunction> functions = functionsByCode(org);
        List<EmployeeInput.Problem> problems = in.check(functions.keySet(), catalogue.today());
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(
                    problems.get(0).field(), problems.get(0).wording());
        }
        Employee existing = employees.byNumber(org).get(in.valid().employeeNumber());
        Change c = apply(org, existing, in.valid(), functions, currentFunctions(org, existing));
        if (c != Change.UNCHANGED) {
            Employee e = employees.byNumber(org).get(in.valid().employeeNumber());
            audit.record(new AuditRecord(
                    clock.instant(),
                    actor.userId(),
                    actor.username(),
                    org,
                    "EMPLOYEE_" + c,
                    "Employee",
                    e.id(),
                    e.employeeNumber()));
            events.publishEvent(new EmployeeChanged(org, e.id()));
        }
        return view(
                actor, employees.byNumber(org).get(in.valid().employeeNumber()).id());
    }

    /**
     * Creates or updates one employee; unchanged input changes nothing. Job functions given replace
     * those held: a new one starts today (or on the hire date for a new employee), a dropped one
     * ends today.
     */
    Change apply(
            UUID org,
            Employee existing,
            EmployeeInput.Valid given,
            Map<String, JobFunction> functions,
            Set<String> held) {
        // Input that does not mention job functions leaves those held as they are.
        EmployeeInput.Valid v = given.jobFunctions() != null
                ? given
                : new EmployeeInput.Valid(
                        given.details(), held.stream().sorted().toList());
        Instant now = clock.instant();
        LocalDate today = catalogue.today();
        if (existing == null) {
            Employee e = Employee.of(UUID.randomUUID(), org, v.details(), now, now);
            employees.insert(e);
            for (String f : v.jobFunctions()) {
                employees.assign(new Assignment(
                        e.id(), functions.get(f).id(), v.details().hireDate(), null));
            }
            return Change.CREATED;
        }
        EmployeeDetails details = v.details().withNumber(existing.employeeNumber());
        boolean same = existing.details().equals(details) && held.equals(new HashSet<>(v.jobFunctions()));
        if (same) {
            return Change.UNCHANGED;
        }
        employees.update(Employee.of(existing.id(), org, details, existing.createdAt(), now));
        for (String f : v.jobFunctions()) {
            if (!held.contains(f)) {
                employees.assign(new Assignment(existing.id(), functions.get(f).id(), today, null));
            }
        }
        for (String f : held) {
            if (!v.jobFunctions().contains(f)) {
                employees.end(existing.id(), functions.get(f).id(), today);
            }
        }
        return Change.UPDATED;
    }

    public List<EmployeeView> list(Actor actor) {
        UUID org = TrainingAccess.member(actor);
        Map<UUID, String> codes =
                catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::id, JobFunction::code));
        Map<UUID, List<Assignment>> assignments = employees.assignments(org);
        return employees.of(org).stream()
                .map(e -> new EmployeeView(e, held(assignments.get(e.id()), codes)))
                .toList();
    }

    /** One page of the organisation's employees, by employee number. */
    public Page<EmployeeView> page(Actor actor, int limit, int offset) {
        UUID org = TrainingAccess.member(actor);
        Map<UUID, String> codes =
                catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::id, JobFunction::code));
        Map<UUID, List<Assignment>> assignments = employees.assignments(org);
        Page<Employee> page = employees.page(org, limit, offset);
        return new Page<>(
                page.items().stream()
                        .map(e -> new EmployeeView(e, held(assignments.get(e.id()), codes)))
                        .toList(),
                page.total());
    }

    public EmployeeView view(Actor actor, UUID id) {
        UUID org = TrainingAccess.member(actor);
        Employee e = employees
                .find(id)
                .filter(x -> x.organisationId().equals(org))
                .orElseThrow(() -> new NotFoundException("Employee", id));
        Map<UUID, String> codes =
                catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::id, JobFunction::code));
        return new EmployeeView(e, held(employees.assignments(org).get(id), codes));
    }

    // ---------------------------------------------------------------- for the rest of the module

    /** One employee of the company, or a 404 naming the field when it is given as input. */
    public Employee employee(UUID org, UUID id, String field) {
        if (id == null) {
            throw InvalidInputException.worded(field, "required");
        }
        return employees
                .find(id)
                .filter(e -> e.organisationId().equals(org))
                .orElseThrow(() -> new InvalidInputException(field, "names no employee of your company"));
    }

    public List<Employee> of(UUID org) {
        return employees.of(org);
    }

    public Map<UUID, List<Assignment>> assignments(UUID org) {
        return employees.assignments(org);
    }

    public Map<String, Employee> byNumber(UUID org) {
        return employees.byNumber(org);
    }

    Map<String, JobFunction> functionsByCode(UUID org) {
        return catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::code, Function.identity()));
    }

    Set<String> currentFunctions(UUID org, Employee e) {
        if (e == null) {
            return Set.of();
        }
        Map<UUID, String> codes =
                catalogue.functionsOf(org).stream().collect(Collectors.toMap(JobFunction::id, JobFunction::code));
        return new HashSet<>(held(employees.assignments(org).get(e.id()), codes));
    }

    static List<String> held(List<Assignment> assignments, Map<UUID, String> codes) {
        if (assignments == null) {
            return List.of();
        }
        return assignments.stream()
                .filter(a -> a.endedOn() == null)
                .map(a -> codes.get(a.jobFunctionId()))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
