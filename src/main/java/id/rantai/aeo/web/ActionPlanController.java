package id.rantai.aeo.web;

import id.rantai.aeo.assessment.ActionPlans;
import id.rantai.aeo.assessment.CorrectiveAction;
import id.rantai.identity.CurrentActor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Gaps of an assessment and the corrective actions planned for them. */
@RestController
@RequestMapping("/api/v1/aeo/assessments/{id}")
class ActionPlanController {
    private final ActionPlans plans;
    private final CurrentActor actor;

    ActionPlanController(ActionPlans plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    record Move(CorrectiveAction.Status status) {}

    /** The assessment's gaps: requirements answered not met or partly met, each with its corrective actions. */
    @GetMapping("/gaps")
    List<ActionPlans.Gap> gaps(@PathVariable UUID id) {
        return plans.gaps(actor.get(), id);
    }

    /** The assessment's corrective actions past their due date and not done. */
    @GetMapping("/actions/overdue")
    List<ActionPlans.ActionView> overdue(@PathVariable UUID id) {
        return plans.overdue(actor.get(), id);
    }

    /** Adds a corrective action to a gap, with its owner and due date. */
    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    CorrectiveAction add(@PathVariable UUID id, @Valid @RequestBody ActionPlans.NewAction body) {
        return plans.add(actor.get(), id, body);
    }

    /** Moves a corrective action to another status: open, in progress or done. */
    @PutMapping("/actions/{actionId}")
    CorrectiveAction move(@PathVariable UUID id, @PathVariable UUID actionId, @Valid @RequestBody Move body) {
        return plans.move(actor.get(), id, actionId, body.status());
    }
}
