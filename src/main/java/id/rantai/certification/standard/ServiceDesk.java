package id.rantai.certification.standard;

import id.rantai.certification.CertificationAccess;
import id.rantai.certification.CertificationProperties;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.time.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times every service case against its standard in working days (Monday to Friday, less the
 * holidays the centre configures), asks the applicant for a satisfaction survey when a case is
 * completed, and reports both per service and period.
 */
@Service
@EnableConfigurationProperties(CertificationProperties.class)
public class ServiceDesk {
    /** The training centre is in Jakarta; service days are counted in WIB. */
    public static final ZoneId ZONE = OfficeTimeZone.WIB.zone();

    private final JdbcStandard store;
    private final ServiceStandard standard;
    private final CertificationProperties properties;
    private final Clock clock;

    ServiceDesk(JdbcStandard store, ServiceStandard standard, CertificationProperties properties, Clock clock) {
        this.store = store;
        this.standard = standard;
        this.properties = properties;
        this.clock = clock;
    }

    public record Timeliness(
            ServiceStandard.CaseType caseType,
            int workingDaysStandard,
            int cases,
            int completed,
            int onTime,
            int late,
            int openOverdue) {}

    public record ServiceReport(
            String service, String nameId, Satisfaction.Figures satisfaction, List<Timeliness> timeliness) {}

    /**
     * @param allServices the unit's figure over every survey answered in the period, whatever the
     *                    service: what its service standard is held to as a whole
     */
    public record Report(
            LocalDate from,
            LocalDate to,
            double targetPercent,
            List<ServiceReport> services,
            Satisfaction.Figures allServices,
            Timeliness complaints) {}

    public record Holiday(LocalDate day, String name) {}

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public WorkingCalendar calendar() {
        return new WorkingCalendar(new HashSet<>(store.holidays()));
    }

    /** Starts the clock on a training centre's case; returns its due date. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LocalDate start(UUID centre, ServiceStandard.CaseType type, UUID subject) {
        return start(centre, type, subject, today());
    }

    /** Starts the clock from a given day (results are counted from the exam day, for instance). */
    @Transactional(propagation = Propagation.MANDATORY)
    public LocalDate start(UUID centre, ServiceStandard.CaseType type, UUID subject, LocalDate from) {
        LocalDate due = calendar().plusWorkingDays(from, properties.workingDays(type.name()));
        store.start(UUID.randomUUID(), centre, type, subject, from, due);
        return due;
    }

    /** Stops the clock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(ServiceStandard.CaseType type, UUID subject) {
        store.complete(type, subject, today());
    }

    /** Whether a case is complete and its survey still unanswered: what an applicant is asked for. */
    /** Where a case's survey stands: not open before the service is complete, open once, then answered. */
    public enum SurveyState {
        NOT_YET,
        OPEN,
        ANSWERED
    }

    public SurveyState surveyState(ServiceStandard.CaseType type, UUID subject) {
        return store.find(type, subject)
                .filter(c -> c.completedOn() != null)
                .map(c -> store.answered(c.id()) ? SurveyState.ANSWERED : SurveyState.OPEN)
                .orElse(SurveyState.NOT_YET);
    }

    public boolean surveyOpen(ServiceStandard.CaseType type, UUID subject) {
        return store.find(type, subject)
                .filter(c -> c.completedOn() != null && !store.answered(c.id()))
                .isPresent();
    }

    /**
     * The applicant's answer to the survey of a completed case — overall satisfaction 1–4 and the
     * nine SKM elements 1–4 — once per case. The caller has authenticated the applicant by their
     * own access token.
     */
    @Transactional
    public void answer(
            ServiceStandard.CaseType type,
            UUID subject,
            @Nullable Integer satisfaction,
            @Nullable List<Integer> elements,
            @Nullable String comment) {
        JdbcStandard.CaseRow c =
                store.find(type, subject).orElseThrow(() -> new NotFoundException("Service case", type));
        if (c.completedOn() == null) {
            throw new StateConflictException("The service is not complete yet; the survey follows it", "OPEN");
        }
        if (store.answered(c.id())) {
            throw new StateConflictException("This survey has been answered", "ANSWERED");
        }
        if (satisfaction == null || satisfaction < 1 || satisfaction > 4) {
            throw new InvalidInputException("satisfaction", "must be 1 (tidak puas) to 4 (sangat puas)");
        }
        if (elements == null || elements.size() != 9) {
            throw new InvalidInputException("elements", "must rate the nine service elements U1–U9");
        }
        int[] e = new int[9];
        for (int i = 0; i < 9; i++) {
            Integer v = elements.get(i);
            if (v == null || v < 1 || v > 4) {
                throw new InvalidInputException("elements[" + i + "]", "must be 1 to 4");
            }
            e[i] = v;
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", "is longer than 2000 characters");
        }
        store.answer(
                c.id(), satisfaction, e, comment == null || comment.isBlank() ? null : comment.trim(), clock.instant());
    }

    /** The report of the actor's own training centre; the administrator's covers every centre. */
    public Report report(Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
        UUID centre = CertificationAccess.scopeOf(actor);
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.worded("to", "beforeFrom");
        }
        List<JdbcStandard.CaseRow> cases = store.cases(centre, from, to);
        LocalDate today = today();
        List<ServiceReport> out = new ArrayList<>();
        for (ServiceStandard.Service s : standard.services()) {
            List<String> types =
                    s.timeStandards().stream().map(t -> t.caseType().name()).toList();
            Satisfaction.Figures f = types.isEmpty()
                    ? Satisfaction.of(List.of())
                    : Satisfaction.of(store.answers(
                            centre,
                            types,
                            from.atStartOfDay(ZONE).toInstant(),
                            to.plusDays(1).atStartOfDay(ZONE).toInstant()));
            List<Timeliness> times = new ArrayList<>();
            for (ServiceStandard.TimeStandard t : s.timeStandards()) {
                times.add(timeliness(t.caseType(), cases, today));
            }
            out.add(new ServiceReport(s.code(), s.nameId(), f, times));
        }
        List<String> everyService = java.util.Arrays.stream(ServiceStandard.CaseType.values())
                .map(Enum::name)
                .toList();
        Satisfaction.Figures all = Satisfaction.of(store.answers(
                centre,
                everyService,
                from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        return new Report(
                from,
                to,
                Satisfaction.TARGET_PERCENT,
                out,
                all,
                timeliness(ServiceStandard.CaseType.COMPLAINT, cases, today));
    }

    private Timeliness timeliness(ServiceStandard.CaseType type, List<JdbcStandard.CaseRow> cases, LocalDate today) {
        List<JdbcStandard.CaseRow> mine =
                cases.stream().filter(c -> c.service().equals(type.name())).toList();
        int completed = 0, onTime = 0, late = 0, openOverdue = 0;
        for (JdbcStandard.CaseRow c : mine) {
            if (c.completedOn() != null) {
                completed++;
                if (c.completedOn().isAfter(c.dueOn())) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (today.isAfter(c.dueOn())) {
                openOverdue++;
            }
        }
        return new Timeliness(
                type, properties.workingDays(type.name()), mine.size(), completed, onTime, late, openOverdue);
    }

    public List<Holiday> holidays() {
        return store.holidays().stream().map(d -> new Holiday(d, "")).toList();
    }

    @Transactional
    public void addHoliday(Actor actor, @Nullable LocalDate day, @Nullable String name) {
        CertificationAccess.staff(actor);
        if (day == null) {
            throw InvalidInputException.worded("day", "required");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInputException.worded("name", "requiredText", 200);
        }
        store.addHoliday(day, name.trim());
    }

    @Transactional
    public void removeHoliday(Actor actor, LocalDate day) {
        CertificationAccess.staff(actor);
        store.removeHoliday(day);
    }
}
