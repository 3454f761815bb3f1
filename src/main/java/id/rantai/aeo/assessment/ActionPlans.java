package id.rantai.aeo.assessment;

import id.rantai.aeo.AeoCompanies;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import id.rantai.aeo.framework.FrameworkCatalogue;
import id.rantai.identity.Actor;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Wording;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gaps and their corrective actions. Every answered item not fully met is a gap; a gap with no open
 * action, or with an action past its due date, is what a compliance officer chases. Closing an
 * action flags its item for re-assessment: the fix is only proven once the answer is renewed.
 */
@Service
public class ActionPlans {
    private final JdbcActions actions;
    private final JdbcAssessments assessments;
    private final SelfAssessments self;
    private final FrameworkCatalogue catalogue;
    private final EvidenceLibrary evidence;
    private final Clock clock;

    ActionPlans(
            JdbcActions actions,
            JdbcAssessments assessments,
            SelfAssessments self,
            FrameworkCatalogue catalogue,
            EvidenceLibrary evidence,
            Clock clock) {
        this.actions = actions;
        this.assessments = assessments;
        this.self = self;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.clock = clock;
    }

    public record Gap(
            String code,
            String textId,
            String textEn,
            AnswerStatus status,
            boolean reassessmentDue,
            List<ActionView> actions,
            boolean withoutOpenAction) {}

    public record ActionView(CorrectiveAction action, boolean overdue) {}

    public record NewAction(
            @Size(max = 32) @Nullable String code,
            @Size(max = 1000) @Nullable String title,
            @Size(max = 200) @Nullable String owner,
            @Nullable LocalDate dueDate) {}

    public List<Gap> gaps(Actor actor, UUID id) {
        Assessment a = self.readable(actor, id);
        Framework f = catalogue.get(a.frameworkId());
        Map<String, Answer> answers = assessments.answers(id);
        List<CorrectiveAction> all = actions.of(id);
        LocalDate today = evidence.today();
        return f.leaves().stream()
                .filter(c -> answers.containsKey(c.code()))
                .filter(c -> answers.get(c.code()).status() == AnswerStatus.NOT_MET
                        || answers.get(c.code()).status() == AnswerStatus.PARTLY_MET
                        || answers.get(c.code()).reassessmentDue())
                .map(c -> {
                    List<ActionView> mine = all.stream()
                            .filter(x -> x.code().equals(c.code()))
                            .map(x -> new ActionView(x, x.overdue(today)))
                            .toList();
                    return new Gap(
                            c.code(),
                            c.textId(),
                            c.textEn(),
                            answers.get(c.code()).status(),
                            answers.get(c.code()).reassessmentDue(),
                            mine,
                            mine.stream().noneMatch(x -> x.action().status() != CorrectiveAction.Status.DONE));
                })
                .toList();
    }

    /** Actions past their due date and not done, across the assessment. */
    public List<ActionView> overdue(Actor actor, UUID id) {
        self.readable(actor, id);
        LocalDate today = evidence.today();
        return actions.of(id).stream()
                .filter(x -> x.overdue(today))
                .map(x -> new ActionView(x, true))
                .toList();
    }

    /**
     * The company's corrective actions not yet done, across all its assessments, oldest due first: an
     * action stays in sight until it is closed, whichever assessment it was planned in.
     */
    public List<OpenAction> open(Actor actor) {
        UUID org = AeoCompanies.company(
                actor, () -> new ForbiddenException("Only the company plans its corrective actions"));
        LocalDate today = evidence.today();
        return assessments.ofOrganisation(org).stream()
                .flatMap(a -> actions.of(a.id()).stream())
                .filter(x -> x.status() != CorrectiveAction.Status.DONE)
                .sorted(java.util.Comparator.comparing(CorrectiveAction::dueDate))
                .map(x -> new OpenAction(x, x.overdue(today)))
                .toList();
    }

    /** An action not yet done, with the assessment it belongs to ({@code action.assessmentId}). */
    public record OpenAction(CorrectiveAction action, boolean overdue) {}

    @Transactional
    public CorrectiveAction add(Actor actor, UUID id, NewAction n) {
        Assessment a = ownCompany(actor, id);
        Framework f = catalogue.get(a.frameworkId());
        Criterion c = f.criterion(n.code() == null ? "" : n.code())
                .orElseThrow(() -> new InvalidInputException("code", "names no criterion of this framework"));
        if (!f.isLeaf(c.code())) {
            throw InvalidInputException.worded("code", "actionOnGroup", c.code());
        }
        Answer answer = assessments.answers(id).get(c.code());
        AnswerStatus status = answer == null ? AnswerStatus.UNANSWERED : answer.status();
        if (status != AnswerStatus.NOT_MET && status != AnswerStatus.PARTLY_MET) {
            throw InvalidInputException.worded(
                    "code", "actionNotOnGap", c.code(), Wording.label("aeo.status." + status.name()));
        }
        if (n.title() == null || n.title().isBlank() || n.title().length() > 1000) {
            throw new InvalidInputException("title", "is required (up to 1000 characters)");
        }
        if (n.owner() == null || n.owner().isBlank() || n.owner().length() > 200) {
            throw InvalidInputException.worded("owner", "requiredText", 200);
        }
        if (n.dueDate() == null) {
            throw InvalidInputException.worded("dueDate", "required");
        }
        CorrectiveAction action = new CorrectiveAction(
                UUID.randomUUID(),
                id,
                c.code(),
                n.title().trim(),
                n.owner().trim(),
                n.dueDate(),
                CorrectiveAction.Status.OPEN,
                clock.instant(),
                actor.userId(),
                null,
                null,
                0);
        actions.insert(action);
        self.record(actor, "AEO_ACTION_PLANNED", id, c.code() + ": " + action.title() + " by " + action.dueDate());
        return action;
    }

    @Transactional
    public CorrectiveAction move(Actor actor, UUID id, UUID actionId, CorrectiveAction.@Nullable Status status) {
        ownCompany(actor, id);
        if (status == null || status == CorrectiveAction.Status.OPEN) {
            throw new InvalidInputException("status", "must be IN_PROGRESS or DONE");
        }
        CorrectiveAction action =
                actions.find(id, actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        CorrectiveAction moved = action.moveTo(status, actor.userId(), clock.instant());
        actions.update(moved);
        if (status == CorrectiveAction.Status.DONE) {
            assessments.flagReassessment(id, action.code());
        }
        self.record(actor, "AEO_ACTION_" + status, id, action.code() + ": " + action.title());
        return moved;
    }

    private Assessment ownCompany(Actor actor, UUID id) {
        Assessment a = self.readable(actor, id);
        if (!actor.belongsTo(a.organisationId())) {
            throw new ForbiddenException("Only the company plans its corrective actions");
        }
        return a;
    }
}
