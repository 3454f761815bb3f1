package id.rantai.aeo.web;

import id.rantai.aeo.assessment.ActionPlans;
import id.rantai.identity.CurrentActor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A company's corrective actions not yet done, whichever of its assessments they were planned in. */
@RestController
class OpenActionController {
    private final ActionPlans plans;
    private final CurrentActor actor;

    OpenActionController(ActionPlans plans, CurrentActor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    /** Every corrective action not yet done across the company's assessments, the most overdue first. */
    @GetMapping("/api/v1/aeo/actions/open")
    List<ActionPlans.OpenAction> open() {
        return plans.open(actor.get());
    }
}
