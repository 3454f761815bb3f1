package id.rantai.aeo.web;

import id.rantai.aeo.assessment.ActionPlans;
import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.assessment.CorrectiveAction;
import id.rantai.aeo.assessment.SelfAssessments;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import id.rantai.shared.web.RefusalTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An assessment's gaps and corrective actions as a board: one column per state (open, in
 * progress, done), each card with its item, owner and due date, overdue ones marked; the gaps
 * that have no open action listed beside it with the form to plan one.
 */
@Controller
@ConsolePage
@RequestMapping("/console/aeo/assessments/{id}/actions")
class ActionBoardPage {
    private final ActionPlans plans;
    private final SelfAssessments self;
    private final CurrentActor actor;

    ActionBoardPage(ActionPlans plans, SelfAssessments self, CurrentActor actor) {
        this.plans = plans;
        this.self = self;
        this.actor = actor;
    }

    /** One column of the board. */
    record Column(CorrectiveAction.Status status, List<ActionPlans.ActionView> cards) {}

    @GetMapping
    String board(@PathVariable UUID id, Model model) {
        return page(model, id, null, FieldErrors.none(), null);
    }

    @PostMapping
    String plan(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String dueDate,
            Model model) {
        try {
            plans.add(
                    actor.get(),
                    id,
                    new ActionPlans.NewAction(code, title, owner, FormValues.date(dueDate, "dueDate")));
            return "redirect:/console/aeo/assessments/" + id + "/actions";
        } catch (InvalidInputException e) {
            return page(model, id, code, FieldErrors.of(e), null);
        }
    }

    @PostMapping("/{actionId}")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @RequestParam CorrectiveAction.Status status,
            Model model) {
        try {
            plans.move(actor.get(), id, actionId, status);
            return "redirect:/console/aeo/assessments/" + id + "/actions";
        } catch (InvalidInputException | StateConflictException e) {
            return page(model, id, null, FieldErrors.none(), RefusalTexts.of(e));
        }
    }

    private String page(Model model, UUID id, @Nullable String formCode, FieldErrors errors, @Nullable String refusal) {
        AssessmentView v = self.view(actor.get(), id);
        List<ActionPlans.Gap> gaps = plans.gaps(actor.get(), id);
        List<Column> columns = new ArrayList<>();
        for (CorrectiveAction.Status s : CorrectiveAction.Status.values()) {
            columns.add(new Column(
                    s,
                    gaps.stream()
                            .flatMap(g -> g.actions().stream())
                            .filter(x -> x.action().status() == s)
                            .toList()));
        }
        model.addAttribute("view", v);
        model.addAttribute("gaps", gaps);
        model.addAttribute("columns", columns);
        model.addAttribute("plans", actor.get().belongsTo(v.assessment().organisationId()));
        model.addAttribute("formCode", formCode);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "aeo/actions";
    }
}
