package id.rantai.aeo.assessment;

import id.rantai.aeo.AeoCompanies;
import id.rantai.aeo.AeoProperties;
import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveFigure;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import id.rantai.aeo.framework.FrameworkCatalogue;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Wording;
import id.rantai.shared.web.Languages;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's side of an AEO assessment: start it, answer item by item with evidence, submit. */
@Service
public class SelfAssessments {
    private final JdbcAssessments assessments;
    private final FrameworkCatalogue catalogue;
    private final EvidenceLibrary evidence;
    private final LiveEvidenceBoard live;
    private final LiveFigureTexts liveTexts;
    private final JdbcActions actions;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final AeoProperties properties;
    private final ReviewMail mail;
    private final Clock clock;

    SelfAssessments(
            JdbcAssessments assessments,
            FrameworkCatalogue catalogue,
            EvidenceLibrary evidence,
            LiveEvidenceBoard live,
            LiveFigureTexts liveTexts,
            JdbcActions actions,
            Organisations organisations,
            AuditTrail audit,
            AeoProperties properties,
            ReviewMail mail,
            Clock clock) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.live = live;
        this.liveTexts = liveTexts;
        this.actions = actions;
        this.organisations = organisations;
        this.audit = audit;
        this.properties = properties;
        this.mail = mail;
        this.clock = clock;
    }

    /** Omitted facts are false: a large business without reefers until the company says otherwise. */
    /**
     * @param carryOver start from the company's last accepted assessment (the default): its answers,
     *                  evidence links and open corrective actions come along; false starts empty
     */
    public record Start(
            @Nullable UUID frameworkId,
            @Nullable Boolean smallMediumEnterprise,
            @Nullable Boolean reeferContainers,
            @Nullable Boolean carryOver) {}

    public record AnswerInput(
            @Nullable AnswerStatus status,
            @Size(max = 20000) @Nullable String narrative,
            @Size(max = 4000) @Nullable String justification,
            @Size(max = 200) @Nullable String responsiblePerson,
            @Size(max = 100) @Nullable List<UUID> evidenceIds) {}

    @Transactional
    public Assessment start(Actor actor, Start s) {
        UUID org = requireCompanyMember(actor);
        Framework framework = s.frameworkId() == null
                ? catalogue.latest(properties.framework())
                : frameworkOrBadInput(s.frameworkId());
        Organisation company = organisations.find(org).orElseThrow();
        Assessment a = new Assessment(
                UUID.randomUUID(),
                org,
                company.customsOfficeId(),
                framework.id(),
                AssessmentState.DRAFT,
                0,
                Boolean.TRUE.equals(s.smallMediumEnterprise()),
                Boolean.TRUE.equals(s.reeferContainers()),
                clock.instant(),
                actor.userId(),
                null,
                null,
                null,
                null,
                0);
        assessments.insert(a);
        record(actor, "AEO_ASSESSMENT_STARTED", a.id(), framework.key() + " " + framework.version());
        if (!Boolean.FALSE.equals(s.carryOver())) {
            lastAccepted(org).ifPresent(previous -> carryOver(actor, previous, a, framework));
        }
        return a;
    }

    private Optional<Assessment> lastAccepted(UUID org) {
        return assessments.ofOrganisation(org).stream()
                .filter(x -> x.state() == AssessmentState.ACCEPTED && x.decidedAt() != null)
                .max(java.util.Comparator.comparing(Assessment::decidedAt));
    }

    /**
     * A company's next assessment starts where its last accepted one ended: each answer to an item the
     * new framework version still has (with its evidence and any re-assessment flag), and its corrective
     * actions not yet done, which move along so that they stay in sight until closed. What differs from
     * the previous answers shows under {@code /changes}.
     */
    private void carryOver(Actor actor, Assessment previous, Assessment next, Framework framework) {
        int answers = 0;
        for (Answer old : assessments.answers(previous.id()).values()) {
            if (framework.criterion(old.code()).isEmpty() || !framework.isLeaf(old.code())) {
                continue;
            }
            assessments.saveAnswer(
                    next.id(),
                    new Answer(
                            old.code(),
                            old.status(),
                            old.narrative(),
                            old.justification(),
                            old.responsiblePerson(),
                            old.evidenceIds(),
                            old.reassessmentDue(),
                            clock.instant(),
                            actor.userId()));
            answers++;
        }
        int actions = this.actions.moveOpen(previous.id(), next.id());
        assessments.carriedFrom(next.id(), previous.id());
        record(
                actor,
                "AEO_CARRIED_OVER",
                next.id(),
                "from " + previous.id() + ": " + answers + " answers, " + actions + " open actions");
    }

    /** The assessment a company's assessment was carried over from, if any. */
    public Optional<UUID> carriedFrom(UUID id) {
        return assessments.carriedFrom(id);
    }

    /** Whether an item applies to the company: neither it nor a node above it has a condition the company does not meet. */
    static boolean applies(Framework f, Criterion c, Scoring.Profile profile) {
        return f.lineage(c).stream().noneMatch(at -> at.appliesWhen() != null && !profile.satisfies(at.appliesWhen()));
    }

    @Transactional
    public Assessment profile(Actor actor, UUID id, boolean sme, boolean reefers) {
        Assessment a = editable(actor, id);
        Assessment changed = a.withProfile(sme, reefers);
        assessments.update(changed);
        record(actor, "AEO_PROFILE_CHANGED", id, "smallMediumEnterprise=" + sme + ", reeferContainers=" + reefers);
        return changed;
    }

    @Transactional
    public Answer answer(Actor actor, UUID id, String code, AnswerInput in) {
        Assessment a = answerable(actor, id, code);
        Framework f = catalogue.get(a.frameworkId());
        Criterion c = f.criterion(code)
                .orElseThrow(() ->
                        InvalidInputException.worded("code", "noCriterion", f.key(), String.valueOf(f.version())));
        if (!f.isLeaf(code)) {
            throw InvalidInputException.worded(
                    "code",
                    "answeredThroughItems",
                    code,
                    String.join(
                            ", ", f.children(code).stream().map(Criterion::code).toList()));
        }
        if (!applies(f, c, a.profile())) {
            throw InvalidInputException.worded(
                    "code", "itemNotApplicable", code, Wording.label("aeo.condition." + condition(f, c)));
        }
        if (in.status() == null || in.status() == AnswerStatus.UNANSWERED) {
            throw new InvalidInputException("status", "must be MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE");
        }
        String justification = trim(in.justification(), "justification", 4000);
        if (in.status() == AnswerStatus.NOT_APPLICABLE && justification == null) {
            throw new InvalidInputException("justification", "is required when a criterion is NOT_APPLICABLE: say why");
        }
        List<UUID> cited = in.evidenceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.evidenceIds()));
        evidence.requireOwned(a.organisationId(), cited, "evidenceIds");
        Answer answer = new Answer(
                c.code(),
                in.status(),
                trim(in.narrative(), "narrative", 20000),
                justification,
                trim(in.responsiblePerson(), "responsiblePerson", 200),
                cited,
                false,
                clock.instant(),
                actor.userId());
        assessments.saveAnswer(id, answer);
        record(actor, a.state().editable() ? "AEO_ANSWERED" : "AEO_REASSESSED", id, code + " " + in.status());
        return answer;
    }

    /**
     * An assessment the company may answer this item of: one being drafted or reworked, or — for an
     * item whose corrective action was closed and so awaits re-assessment — an accepted one, since
     * the fix is proven only once its answer is renewed.
     */
    private Assessment answerable(Actor actor, UUID id, String code) {
        Assessment a = readable(actor, id);
        if (!actor.belongsTo(a.organisationId())) {
            throw new ForbiddenException("Only the company answers its own assessment");
        }
        if (a.state() == AssessmentState.ACCEPTED) {
            Answer current = assessments.answers(id).get(code);
            if (current != null && current.reassessmentDue()) {
                return a;
            }
        }
        a.requireEditable();
        return a;
    }

    /** The condition that keeps an item from applying: its own or the nearest ancestor's. */
    private static String condition(Framework f, Criterion c) {
        return f.lineage(c).stream()
                .filter(at -> at.appliesWhen() != null)
                .map(at -> at.appliesWhen().name())
                .findFirst()
                .orElse("");
    }

    public List<Answer> history(Actor actor, UUID id, String code) {
        Assessment a = readable(actor, id);
        requireCode(catalogue.get(a.frameworkId()), code);
        return assessments.history(id, code);
    }

    @Transactional
    public Assessment submit(Actor actor, UUID id) {
        Assessment a = editable(actor, id);
        Framework f = catalogue.get(a.frameworkId());
        Map<String, Answer> answers = assessments.answers(id);
        Map<String, Scoring.NodeScore> scores = Scoring.score(f, statuses(answers), a.profile());
        List<String> unanswered = unanswered(f, scores);
        if (!unanswered.isEmpty()) {
            throw InvalidInputException.worded("answers", "unanswered", String.join(", ", unanswered));
        }
        Assessment submitted = a.submit(clock.instant());
        assessments.update(submitted);
        freeze(submitted, f, answers);
        record(actor, "AEO_SUBMITTED", id, "round " + submitted.round());
        mail.submitted(submitted);
        return submitted;
    }

    /** What the officer will read: answers, their evidence, and the live figures of this moment. */
    private void freeze(Assessment a, Framework f, Map<String, Answer> answers) {
        Map<UUID, Evidence> cited = evidenceOf(answers);
        for (Answer ans : answers.values()) {
            String summary = ans.evidenceIds().stream()
                    .map(cited::get)
                    .map(e -> e.title() + " (" + e.kind()
                            + (e.kind() == Evidence.EvidenceKind.FILE ? " rev " + e.revision() : "") + ", effective "
                            + e.effectiveDate() + ")")
                    .collect(Collectors.joining("; "));
            assessments.freeze(a.id(), a.round(), ans, summary);
        }
        Map<LiveEvidence, List<LiveFigure>> figures = live.figures(a.organisationId());
        for (Criterion c : f.all()) {
            if (!c.liveEvidence().isEmpty()) {
                List<LiveFigure> shown = LiveEvidenceBoard.forKinds(figures, c.liveEvidence());
                assessments.freezeLive(
                        a.id(),
                        a.round(),
                        c.code(),
                        frozen(shown, Languages.ENGLISH),
                        frozen(shown, Languages.INDONESIAN));
            }
        }
    }

    /** The figures as frozen text in one language, a line each. */
    private String frozen(List<LiveFigure> figures, java.util.Locale locale) {
        return figures.stream()
                .map(x -> liveTexts.show(x, locale))
                .map(x -> x.label() + ": " + x.value())
                .collect(Collectors.joining("\n"));
    }

    public List<Assessment> list(Actor actor) {
        if (actor.isAdmin()) {
            return assessments.all();
        }
        if (actor.organisationId() == null) {
            return List.of();
        }
        return actor.isOfKind(OrganisationKind.CUSTOMS_OFFICE)
                ? assessments.ofOffice(actor.organisationId())
                : assessments.ofOrganisation(actor.organisationId());
    }

    public AssessmentView view(Actor actor, UUID id) {
        Assessment a = readable(actor, id);
        return view(a, true);
    }

    /** The view with live figures computed now (for the screen) or none (for exports that freeze their own). */
    AssessmentView view(Assessment a, boolean withLive) {
        Framework f = catalogue.get(a.frameworkId());
        Map<String, Answer> answers = assessments.answers(a.id());
        Map<String, Scoring.NodeScore> scores = Scoring.score(f, statuses(answers), a.profile());
        Scoring.NodeScore overall = Scoring.overall(scores, f);
        Map<UUID, Evidence> cited = evidenceOf(answers);
        Map<LiveEvidence, List<LiveFigure>> figures = withLive ? live.figures(a.organisationId()) : Map.of();
        Map<String, ReviewVerdict> reviews = a.round() == 0 ? Map.of() : assessments.reviews(a.id(), a.round());
        LocalDate today = evidence.today();
        List<AssessmentView.Node> nodes = new ArrayList<>();
        for (Criterion c : f.all()) {
            Scoring.NodeScore s = scores.get(c.code());
            Answer ans = answers.get(c.code());
            Integer lookback = lookback(f, c);
            List<AssessmentView.EvidenceRef> refs = ans == null
                    ? List.of()
                    : ans.evidenceIds().stream()
                            .map(cited::get)
                            .map(e -> new AssessmentView.EvidenceRef(
                                    e.id(),
                                    e.title(),
                                    e.kind().name(),
                                    e.effectiveDate(),
                                    e.expiryDate(),
                                    e.expiryState(today, properties.expiryWarningDays()),
                                    lookback != null && e.effectiveDate().isBefore(today.minusMonths(lookback)),
                                    e.revision()))
                            .toList();
            nodes.add(new AssessmentView.Node(
                    c,
                    f.isLeaf(c.code()),
                    s.status(),
                    s.score(),
                    ans,
                    refs,
                    withLive && !c.liveEvidence().isEmpty()
                            ? LiveEvidenceBoard.forKinds(figures, c.liveEvidence()).stream()
                                    .map(x -> liveTexts.show(x, LocaleContextHolder.getLocale()))
                                    .toList()
                            : List.of(),
                    reviews.get(c.code())));
        }
        return new AssessmentView(
                a,
                f.key(),
                f.version(),
                f.titleId(),
                f.titleEn(),
                overall.score(),
                overall.status(),
                new AssessmentView.Progress(overall.applicableItems(), overall.answeredItems(), unanswered(f, scores)),
                nodes);
    }

    LocalDate today() {
        return evidence.today();
    }

    // ---------------------------------------------------------------- access

    public Assessment readable(Actor actor, UUID id) {
        Assessment assessment = assessments
                .find(id)
                .filter(a -> actor.isAdmin()
                        || actor.belongsTo(a.organisationId())
                        || (actor.has(Role.CUSTOMS_OFFICER) && actor.belongsTo(a.customsOfficeId()) && a.round() > 0))
                .orElseThrow(() -> new NotFoundException("Assessment", id));
        // A change that names the version it read (If-Match) is checked first (see ExpectedVersion).
        ExpectedVersion.check("Assessment", assessment.version());
        return assessment;
    }

    /** A reviewing officer may open evidence that a submitted assessment under their office cites. */
    public boolean mayReview(Actor actor, UUID evidenceId) {
        return actor.has(Role.CUSTOMS_OFFICER)
                && actor.organisationId() != null
                && assessments.citedUnderOffice(evidenceId, actor.organisationId());
    }

    Assessment editable(Actor actor, UUID id) {
        Assessment a = readable(actor, id);
        if (!actor.belongsTo(a.organisationId())) {
            throw new ForbiddenException("Only the company answers its own assessment");
        }
        a.requireEditable();
        return a;
    }

    private static UUID requireCompanyMember(Actor actor) {
        return AeoCompanies.company(actor, () -> new ForbiddenException("A company assesses itself; customs reviews"));
    }

    private Framework frameworkOrBadInput(UUID id) {
        try {
            return catalogue.published(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("frameworkId", "names no loaded framework version");
        }
    }

    static void requireCode(Framework f, String code) {
        if (f.criterion(code).isEmpty()) {
            throw InvalidInputException.worded("code", "noCriterion", f.key(), String.valueOf(f.version()));
        }
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, AnswerStatus> statuses(Map<String, Answer> answers) {
        Map<String, AnswerStatus> out = new HashMap<>();
        answers.forEach((k, v) -> out.put(k, v.status()));
        return out;
    }

    static List<String> unanswered(Framework f, Map<String, Scoring.NodeScore> scores) {
        return f.leaves().stream()
                .filter(c -> scores.get(c.code()).status() == AnswerStatus.UNANSWERED)
                .map(Criterion::code)
                .toList();
    }

    /** The look-back window that applies to a node: its own, or the nearest ancestor's. */
    static @Nullable Integer lookback(Framework f, Criterion c) {
        return f.lineage(c).stream()
                .map(Criterion::lookbackMonths)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private Map<UUID, Evidence> evidenceOf(Map<String, Answer> answers) {
        List<UUID> ids = answers.values().stream()
                .flatMap(x -> x.evidenceIds().stream())
                .distinct()
                .toList();
        return evidence.byIds(ids).stream().collect(Collectors.toMap(Evidence::id, e -> e));
    }

    private static @Nullable String trim(@Nullable String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > max) {
            throw InvalidInputException.worded(field, "tooLong", max);
        }
        return s.trim();
    }

    void record(Actor actor, String action, UUID id, String details) {
        audit.record(actor.auditEntry(Instant.now(clock), action, "AeoAssessment", id, details));
    }
}
