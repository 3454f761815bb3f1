package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

/** A value the database cannot hold is the request's fault (400), whatever check is still missing before it. */
class DatabaseValueProblemTest {
    private final ProblemResponses problems = new ProblemResponses();

    @Test
    void aTextTooLongForItsColumnIsA400NamingTheColumnWhereTheDatabaseSaysWhich() {
        ProblemDetail p = problems.dataException(new DataIntegrityViolationException(
                "insert",
                new SQLException("Value too long for column \"DOCUMENT_NUMBER CHARACTER VARYING(64)\"", "22001")));
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getProperties()).containsEntry("field", "documentNumber");

        ProblemDetail postgres = problems.dataException(new DataIntegrityViolationException(
                "insert", new SQLException("ERROR: value too long for type character varying(64)", "22001")));
        assertThat(postgres.getStatus()).isEqualTo(400);
        assertThat(postgres.getProperties()).containsEntry("field", "request");

        ProblemDetail overflow = problems.dataException(
                new DataIntegrityViolationException("insert", new SQLException("numeric field overflow", "22003")));
        assertThat(overflow.getStatus()).isEqualTo(400);
    }

    @Test
    void aConstraintViolationIsNotMistakenForBadInput() {
        var duplicate = new DataIntegrityViolationException(
                "insert", new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThatThrownBy(() -> problems.dataException(duplicate)).isSameAs(duplicate);
    }
}
