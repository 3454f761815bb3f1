package id.rantai.training.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An employee's completion of a topic (at a version): how, with what score, passed or not, with an
 * optional evidence file, and where the record came from (a session, the API, an xAPI statement or
 * a CSV file from another LMS).
 */
public record Completion(
        UUID id,
        UUID organisationId,
        UUID employeeId,
        UUID topicId,
        int topicVersion,
        LocalDate completedOn,
        Method method,
        @Nullable Double score,
        boolean passed,
        @Nullable UUID sessionId,
        @Nullable String evidenceSha256,
        Source source,
        @Nullable String externalId,
        Instant recordedAt) {

    public enum Source {
        SESSION,
        MANUAL,
        XAPI,
        CSV
    }
}
