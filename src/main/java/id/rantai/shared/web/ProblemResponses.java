package id.rantai.shared.web;

import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.PayloadTooLargeException;
import id.rantai.shared.RateLimitedException;
import id.rantai.shared.StateConflictException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem+json. Field errors always carry a {@code field} property
 * (and an {@code errors} list when several fields are wrong) so a client can mark the input at fault.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final String TYPE_BASE = "https://rantai.id/problems/";

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return fieldProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", e.field(), RefusalTexts.of(e));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", e.field(), RefusalTexts.of(e));
        if (!e.findings().isEmpty()) {
            p.setProperty(
                    "errors",
                    e.findings().stream()
                            .map(f -> Map.of("field", f.field(), "message", RefusalTexts.wordsOf(f)))
                            .toList());
        }
        return p;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", RefusalTexts.of(e)));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", RefusalTexts.of(e));
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "state-conflict", RefusalTexts.of(e));
        p.setProperty("currentState", e.currentState());
        if (!e.blockers().isEmpty()) {
            p.setProperty("blockers", e.blockers());
        }
        return p;
    }

    /** 412: the If-Match named a version the record is no longer at; the ETag says the current one. */
    @ExceptionHandler(id.rantai.shared.ExpectedVersion.PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> stale(id.rantai.shared.ExpectedVersion.PreconditionFailedException e) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", text("refusal.staleVersion"));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag("\"" + e.currentVersion() + "\"")
                .body(p);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", text("refusal.concurrentChange"));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", RefusalTexts.of(e));
    }

    /**
     * The last line of defence for a value the database cannot hold (SQLState class 22: a text longer
     * than its column, a number out of range, an impossible date): it is the request's fault, so 400,
     * naming the column where the database says which. Checks before the database are the rule; this
     * keeps any check still missing from answering 500. Anything else stays a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail dataException(DataIntegrityViolationException e) {
        SQLException sql = sqlCause(e);
        if (sql == null || sql.getSQLState() == null || !sql.getSQLState().startsWith("22")) {
            throw e;
        }
        log.warn("A value reached the database unchecked: {}", sql.getMessage());
        String field = column(sql.getMessage());
        return fieldProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                field,
                field + " "
                        + text(
                                sql.getSQLState().equals("22001")
                                        ? "refusal.valueTooLong"
                                        : "refusal.invalidValueStored"));
    }

    private static @Nullable SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** H2 names the column ("Value too long for column \"DOCUMENT_NUMBER CHARACTER VARYING(64)\""); PostgreSQL does not. */
    static String column(@Nullable String message) {
        if (message != null) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("column \"([A-Za-z0-9_]+)").matcher(message);
            if (m.find()) {
                String[] parts = m.group(1).toLowerCase(java.util.Locale.ROOT).split("_");
                StringBuilder camel = new StringBuilder(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
                }
                return camel.toString();
            }
        }
        return "request";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                e.getName(),
                e.getName() + " " + text("refusal.invalidValue", String.valueOf(e.getValue())));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = fieldProblem(
                HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "file", "file " + text("refusal.uploadTooLarge"));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::toMap)
                .toList();
        String first = errors.isEmpty() ? "request" : errors.get(0).get("field");
        String detail = errors.isEmpty()
                ? text("refusal.invalidRequest")
                : errors.get(0).get("field") + " " + errors.get(0).get("message");
        ProblemDetail p = fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", first, detail);
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrorPaths.fieldOf(ex);
        boolean unknown = ex.getCause() instanceof tools.jackson.databind.exc.UnrecognizedPropertyException
                || (ex.getCause() != null
                        && ex.getCause().getCause()
                                instanceof tools.jackson.databind.exc.UnrecognizedPropertyException);
        String detail = field.equals("body")
                ? text("refusal.notJson")
                : field + " " + text(unknown ? "refusal.unknownProperty" : "refusal.wrongType");
        return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", field, detail));
    }

    /**
     * A bound the API document states ({@code @Size}, {@code @NotBlank}, {@code @NotNull}) in the
     * reader's language, as the checks written in code word theirs.
     */
    private static Map<String, String> toMap(FieldError e) {
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String message = switch (e.getCode() == null ? "" : e.getCode()) {
            // Size's arguments after its own name are its attributes by name: max, then min.
            case "Size" ->
                text(
                        e.getRejectedValue() instanceof java.util.Collection<?>
                                ? "refusal.tooManyItems"
                                : "refusal.tooLong",
                        args.length > 1 ? args[1] : "");
            case "NotBlank", "NotNull", "NotEmpty" -> text("refusal.required");
            default -> e.getDefaultMessage() == null ? text("refusal.invalidRequest") : e.getDefaultMessage();
        };
        return Map.of("field", e.getField(), "message", message);
    }

    /** The title names the kind of problem in the reader's language; the detail says what is wrong here. */
    static ProblemDetail problem(HttpStatus status, String type, @Nullable String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
        p.setType(URI.create(TYPE_BASE + type));
        String title = text("problem.title." + type);
        if (!title.equals("problem.title." + type)) {
            p.setTitle(title);
        }
        return p;
    }

    private static String text(String key, @Nullable Object... args) {
        return RefusalTexts.text(key, args);
    }

    static ProblemDetail fieldProblem(HttpStatus status, String type, String field, String detail) {
        ProblemDetail p = problem(status, type, detail);
        p.setProperty("field", field);
        return p;
    }
}
