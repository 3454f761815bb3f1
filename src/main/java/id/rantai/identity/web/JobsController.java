package id.rantai.identity.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.jobs.JobBoard;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform administrator's view of Rantai's background work across all organisations: each
 * queue's waiting, running, failed and recently done jobs, the ones that need a person, and a retry
 * for a failed one.
 */
@RestController
@RequestMapping("/api/v1/admin/jobs")
class JobsController {
    private final JobBoard board;
    private final CurrentActor actor;

    JobsController(JobBoard board, CurrentActor actor) {
        this.board = board;
        this.actor = actor;
    }

    /** Every background queue with its counts and the jobs that may need a person. Platform administrators. */
    @GetMapping
    List<JobBoard.Queue> queues(@RequestParam(defaultValue = "50") int limit) {
        requireAdmin(actor.get());
        return board.queues(Math.max(1, Math.min(limit, 500)));
    }

    /** Puts a failed job back in its queue (204), or 409 when it is not a failed one. */
    @PostMapping("/{kind}/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@PathVariable String kind, @PathVariable String id) {
        requireAdmin(actor.get());
        board.retry(kind, id);
    }

    static void requireAdmin(Actor a) {
        if (!a.has(Role.ADMIN)) {
            throw new ForbiddenException("Only the platform administrator sees the background jobs");
        }
    }
}
