package id.rantai.identity.web;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.jobs.JobBoard;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.shared.web.ConsolePage;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The background jobs in the console, for the platform administrator (times in WIB). */
@Controller
@ConsolePage
@RequestMapping("/console/admin/jobs")
class JobsPage {
    private final JobBoard board;
    private final CurrentActor actor;
    private final Clock clock;

    JobsPage(JobBoard board, CurrentActor actor, Clock clock) {
        this.board = board;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping
    String jobs(Model model) {
        JobsController.requireAdmin(actor.get());
        model.addAttribute("queues", board.queues(50));
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", OfficeTimeZone.WIB);
        return "identity/jobs";
    }

    @PostMapping("/{kind}/{id}/retry")
    String retry(@PathVariable String kind, @PathVariable String id, RedirectAttributes r) {
        JobsController.requireAdmin(actor.get());
        try {
            board.retry(kind, id);
            r.addFlashAttribute("retried", id);
        } catch (NotFoundException | StateConflictException e) {
            r.addFlashAttribute("refused", id);
        }
        return "redirect:/console/admin/jobs";
    }
}
