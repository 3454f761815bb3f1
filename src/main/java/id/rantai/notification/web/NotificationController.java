package id.rantai.notification.web;

import id.rantai.identity.CurrentActor;
import id.rantai.notification.OutboxMessage;
import id.rantai.notification.internal.OutboxLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mail outbox: newest first, filtered by status and topic; a failed message can be sent again. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {
    private final OutboxLog log;
    private final CurrentActor actor;

    NotificationController(OutboxLog log, CurrentActor actor) {
        this.log = log;
        this.actor = actor;
    }

    /** The e-mail outbox the caller may see, newest first, optionally of one status or topic. */
    @GetMapping
    List<OutboxMessage> list(
            @RequestParam(required = false) OutboxMessage.Status status,
            @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "100") int limit) {
        return log.list(actor.get(), status, topic, limit);
    }

    /** Sends a FAILED e-mail again. */
    @PostMapping("/{id}/retry")
    OutboxMessage retry(@PathVariable long id) {
        return log.retry(actor.get(), id);
    }
}
