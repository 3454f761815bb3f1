package id.rantai.certification.web;

import id.rantai.shared.NotFoundException;
import id.rantai.shared.RateLimitedException;
import id.rantai.shared.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the public pages answer when they cannot serve: a page on the training centre's layout, in
 * the reader's language, with the status a machine expects — never the API's JSON, never a trace.
 */
@ControllerAdvice(assignableTypes = {PublicPages.class, PublicForms.class})
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's problem+json answers, which cover every controller
class PublicPageRefusals {

    /** Too many questions from one address: a readable page, with 429 and Retry-After for machines. */
    @ExceptionHandler(RateLimitedException.class)
    ModelAndView limited(RateLimitedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("certification/public-limited", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }

    /** An unknown or mistyped link: the same words whatever was asked, so a guess learns nothing. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return refused(request, HttpStatus.NOT_FOUND, "public.refused.notFound");
    }

    /** A step out of turn: a survey already answered or not open yet, a session gone. */
    @ExceptionHandler(StateConflictException.class)
    ModelAndView conflict(StateConflictException e, HttpServletRequest request) {
        String reason = switch (e.currentState()) {
            case "ANSWERED" -> "public.refused.answered";
            case "OPEN", "NOT_YET" -> "public.refused.surveyClosed";
            default -> "public.refused.conflict";
        };
        return refused(request, HttpStatus.CONFLICT, reason);
    }

    private static ModelAndView refused(HttpServletRequest request, HttpStatus status, String reason) {
        ModelAndView page = new ModelAndView("certification/public-refused", status);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("reason", reason);
        return page;
    }
}
