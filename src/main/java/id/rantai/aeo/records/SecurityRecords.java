package id.rantai.aeo.records;

import id.rantai.aeo.AeoCompanies;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trade-partner register and the scheduled reviews (risk assessments, internal audits, crisis drills). */
@Service
public class SecurityRecords {
    private final JdbcRecords records;
    private final EvidenceLibrary calendar;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityRecords(JdbcRecords records, EvidenceLibrary calendar, AuditTrail audit, Clock clock) {
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewPartner(
            @Size(max = 300) @Nullable String name,
            @Size(max = 2) @Nullable String country,
            @Size(max = 32) @Nullable String relationship,
            TradePartner.@Nullable Screening screening,
            @Nullable LocalDate screenedOn,
            @Nullable Boolean securityClause,
            @Nullable Boolean aeoCertified,
            @Nullable LocalDate lastReviewOn,
            @Nullable LocalDate nextReviewOn,
            @Size(max = 4000) @Nullable String notes) {}

    public record NewReview(
            ReviewRecord.@Nullable Kind kind,
            @Size(max = 300) @Nullable String title,
            @Nullable LocalDate heldOn,
            @Size(max = 300) @Nullable String responsible,
            @Size(max = 20000) @Nullable String findings,
            @Size(max = 8000) @Nullable String managementFeedback,
            @Size(max = 8000) @Nullable String recommendations) {}

    public record NewPlan(
            @Size(max = 300) @Nullable String title,
            @Size(max = 8000) @Nullable String scenarios,
            @Size(max = 2000) @Nullable String authorities,
            @Nullable LocalDate approvedOn,
            @Nullable LocalDate reviewDueOn) {}

    /** A kind of review with its schedule: when it was last held and when the next is due. */
    public record Schedule(
            ReviewRecord.Kind kind,
            int intervalMonths,
            @Nullable LocalDate lastHeldOn,
            @Nullable LocalDate nextDueOn,
            boolean overdue) {}

    @Transactional
    public TradePartner addPartner(Actor actor, NewPartner n) {
        UUID org = company(actor);
        String name = required(n.name(), "name", 300);
        if (n.country() == null || !n.country().matches("[A-Za-z]{2}")) {
            throw new InvalidInputException("country", "must be an ISO 3166 two-letter code, e.g. ID or SG");
        }
        String relationship = required(n.relationship(), "relationship", 32);
        if (n.screening() == null) {
            throw new InvalidInputException("screening", "must be one of PENDING, CLEARED, CONDITIONAL, REJECTED");
        }
        if (n.screening() != TradePartner.Screening.PENDING && n.screenedOn() == null) {
            throw new InvalidInputException("screenedOn", "is required once a partner has been screened");
        }
        if (n.lastReviewOn() != null
                && n.nextReviewOn() != null
                && n.nextReviewOn().isBefore(n.lastReviewOn())) {
            throw new InvalidInputException("nextReviewOn", "is before the last review");
        }
        if (n.notes() != null && n.notes().length() > 4000) {
            throw InvalidInputException.worded("notes", "tooLong", 4000);
        }
        Instant now = clock.instant();
        TradePartner p = new TradePartner(
                UUID.randomUUID(),
                org,
                name,
                n.country().toUpperCase(Locale.ROOT),
                relationship,
                n.screening(),
                n.screenedOn(),
                Boolean.TRUE.equals(n.securityClause()),
                Boolean.TRUE.equals(n.aeoCertified()),
                n.lastReviewOn(),
                n.nextReviewOn(),
                n.notes(),
                now,
                now);
        records.insert(p);
        record(actor, "AEO_TRADE_PARTNER_ADDED", p.id(), p.name());
        return p;
    }

    public List<TradePartner> partners(Actor actor) {
        return records.partners(company(actor));
    }

    @Transactional
    public ReviewRecord addReview(Actor actor, NewReview n) {
        UUID org = company(actor);
        if (n.kind() == null) {
            throw new InvalidInputException("kind", "must be RISK_ASSESSMENT, INTERNAL_AUDIT or CRISIS_DRILL");
        }
        if (n.heldOn() == null) {
            throw InvalidInputException.worded("heldOn", "required");
        }
        if (n.heldOn().isAfter(calendar.today())) {
            throw new InvalidInputException("heldOn", "is in the future; record a review once it has been held");
        }
        ReviewRecord r = new ReviewRecord(
                UUID.randomUUID(),
                org,
                n.kind(),
                required(n.title(), "title", 300),
                n.heldOn(),
                required(n.responsible(), "responsible", 300),
                required(n.findings(), "findings", 20000),
                optional(n.managementFeedback(), "managementFeedback", 8000),
                optional(n.recommendations(), "recommendations", 8000),
                clock.instant(),
                actor.userId());
        records.insert(r);
        record(actor, "AEO_REVIEW_RECORDED", r.id(), r.kind() + " " + r.heldOn());
        return r;
    }

    @Transactional
    public CrisisPlan addPlan(Actor actor, NewPlan n) {
        UUID org = company(actor);
        if (n.approvedOn() == null) {
            throw InvalidInputException.worded("approvedOn", "required");
        }
        if (n.reviewDueOn() == null || !n.reviewDueOn().isAfter(n.approvedOn())) {
            throw new InvalidInputException("reviewDueOn", "is required and after the approval");
        }
        CrisisPlan p = new CrisisPlan(
                UUID.randomUUID(),
                org,
                required(n.title(), "title", 300),
                required(n.scenarios(), "scenarios", 8000),
                optional(n.authorities(), "authorities", 2000),
                n.approvedOn(),
                n.reviewDueOn(),
                clock.instant(),
                actor.userId());
        records.insert(p);
        record(actor, "AEO_CRISIS_PLAN_ADDED", p.id(), p.title());
        return p;
    }

    public List<CrisisPlan> plans(Actor actor) {
        return records.plans(company(actor));
    }

    List<CrisisPlan> plansOf(UUID org) {
        return records.plans(org);
    }

    public List<ReviewRecord> reviews(Actor actor, ReviewRecord.Kind kind) {
        return records.reviews(company(actor), kind);
    }

    @Transactional
    public Schedule setInterval(Actor actor, ReviewRecord.Kind kind, @Nullable Integer months) {
        UUID org = company(actor);
        if (months == null || months < 1 || months > 60) {
            throw InvalidInputException.worded("intervalMonths", "between", 1, 60);
        }
        records.setInterval(org, kind, months);
        return schedule(org, kind);
    }

    public List<Schedule> schedules(Actor actor) {
        UUID org = company(actor);
        return List.of(ReviewRecord.Kind.values()).stream()
                .map(k -> schedule(org, k))
                .toList();
    }

    Schedule schedule(UUID org, ReviewRecord.Kind kind) {
        int months = records.interval(org, kind);
        List<ReviewRecord> held = records.reviews(org, kind);
        LocalDate last = held.isEmpty() ? null : held.get(0).heldOn();
        LocalDate next = last == null ? null : last.plusMonths(months);
        return new Schedule(kind, months, last, next, last == null || next.isBefore(calendar.today()));
    }

    List<TradePartner> partnersOf(UUID org) {
        return records.partners(org);
    }

    LocalDate today() {
        return calendar.today();
    }

    private static UUID company(Actor actor) {
        return AeoCompanies.company(actor, () -> new ForbiddenException("These are a company's own records"));
    }

    private static String required(@Nullable String s, String field, int max) {
        if (s == null || s.isBlank()) {
            throw InvalidInputException.worded(field, "required");
        }
        if (s.length() > max) {
            throw InvalidInputException.worded(field, "tooLong", max);
        }
        return s.trim();
    }

    private static @Nullable String optional(@Nullable String s, String field, int max) {
        return s == null || s.isBlank() ? null : required(s, field, max);
    }

    private void record(Actor actor, String action, UUID id, String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "AeoRecord", id, details));
    }
}
