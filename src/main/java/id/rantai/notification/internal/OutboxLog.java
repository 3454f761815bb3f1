package id.rantai.notification.internal;

import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import id.rantai.notification.OutboxMessage;
import id.rantai.notification.OutboxMessage.Status;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What was sent to whom, for the people who answer "did the reminder go out?": a platform
 * administrator sees every message, a company's administrator only the company's.
 */
@Service
public class OutboxLog {
    private static final int MAX_LIMIT = 1000;

    private final JdbcOutbox outbox;
    private final Clock clock;

    OutboxLog(JdbcOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<OutboxMessage> list(Actor actor, @Nullable Status status, @Nullable String topic, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.worded("limit", "between", 1, MAX_LIMIT);
        }
        return outbox.list(scope(actor), status, topic, limit);
    }

    public OutboxMessage retry(Actor actor, long id) {
        OutboxMessage message = outbox.find(id)
                .filter(m -> visible(actor, m))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        if (!outbox.retry(id, clock.instant())) {
            throw new StateConflictException(
                    "Only a FAILED notification can be retried",
                    message.status().name());
        }
        return outbox.find(id).orElseThrow();
    }

    private static @Nullable UUID scope(Actor actor) {
        if (actor.isAdmin()) {
            return null;
        }
        if (!actor.has(Role.ORG_ADMIN) || actor.organisationId() == null) {
            throw new ForbiddenException("Only administrators see the e-mail outbox");
        }
        return actor.organisationId();
    }

    private static boolean visible(Actor actor, OutboxMessage m) {
        UUID scope = scope(actor);
        return scope == null || scope.equals(m.organisationId());
    }
}
