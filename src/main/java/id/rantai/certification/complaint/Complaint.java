package id.rantai.certification.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A complaint (pengaduan) about one of the services, and the centre's answer. */
public record Complaint(
        UUID id,
        /* The training centre it is addressed to, which answers it. */
        @Nullable UUID trainingCentreId,
        String service,
        String applicantName,
        String applicantEmail,
        @Nullable String reference,
        String description,
        State state,
        Instant submittedAt,
        LocalDate dueOn,
        @Nullable Instant answeredAt,
        @Nullable String answer) {

    public enum State {
        SUBMITTED,
        ANSWERED
    }
}
