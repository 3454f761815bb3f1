package id.rantai.aeo.assessment;

import id.rantai.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A corrective action for a gap: who does what by when. Closing it asks for the criterion to be re-assessed. */
public record CorrectiveAction(
        UUID id,
        UUID assessmentId,
        String code,
        String title,
        String owner,
        LocalDate dueDate,
        Status status,
        Instant createdAt,
        UUID createdBy,
        @Nullable Instant closedAt,
        @Nullable UUID closedBy,
        int version) {

    public enum Status {
        OPEN,
        IN_PROGRESS,
        DONE
    }

    public boolean overdue(LocalDate today) {
        return status != Status.DONE && dueDate.isBefore(today);
    }

    CorrectiveAction moveTo(Status next, UUID by, Instant at) {
        if (status == Status.DONE) {
            throw new StateConflictException("The action is DONE; open a new one if more is needed", status.name());
        }
        return new CorrectiveAction(
                id,
                assessmentId,
                code,
                title,
                owner,
                dueDate,
                next,
                createdAt,
                createdBy,
                next == Status.DONE ? at : null,
                next == Status.DONE ? by : null,
                version);
    }
}
