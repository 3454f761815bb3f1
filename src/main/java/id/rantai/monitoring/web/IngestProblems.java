package id.rantai.monitoring.web;

import id.rantai.monitoring.ingest.DeviceUnauthorizedException;
import id.rantai.monitoring.ingest.IngestUnavailableException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The device channels' own answers: 401 for a device or forwarder that did not authenticate, and
 * for overload or shutdown 503 with Retry-After, so devices keep their readings and send them again.
 */
@RestControllerAdvice
class IngestProblems {
    @ExceptionHandler(DeviceUnauthorizedException.class)
    ResponseEntity<ProblemDetail> unauthorized(DeviceUnauthorizedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        p.setType(URI.create("https://rantai.id/problems/unauthorized"));
        var response = ResponseEntity.status(HttpStatus.UNAUTHORIZED);
        if (e.challenge() != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, e.challenge());
        }
        return response.body(p);
    }

    @ExceptionHandler({IngestUnavailableException.class, CompletionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (!(cause instanceof IngestUnavailableException)) {
            throw e;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, cause.getMessage());
        p.setType(URI.create("https://rantai.id/problems/ingest-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "2")
                .body(p);
    }
}
