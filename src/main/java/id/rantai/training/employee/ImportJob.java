package id.rantai.training.employee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A CSV import as it runs and after: how far it got, what it changed and which rows it refused. */
public record ImportJob(
        UUID id,
        UUID organisationId,
        String kind,
        State state,
        int totalRows,
        int processedRows,
        int createdRows,
        int updatedRows,
        int unchangedRows,
        int errorRows,
        List<RowError> errors,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** A refused row: its line in the file, the column and what is wrong. */
    public record RowError(int line, String field, String message) {}

    /** An import in a list of imports: how it went, its refused rows counted (listed on the import itself). */
    public record Summary(
            UUID id,
            String kind,
            State state,
            int totalRows,
            int processedRows,
            int createdRows,
            int updatedRows,
            int unchangedRows,
            int errorRows,
            Instant startedAt,
            @Nullable Instant finishedAt) {}
}
