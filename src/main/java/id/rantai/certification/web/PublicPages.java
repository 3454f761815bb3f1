package id.rantai.certification.web;

import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.verification.PublicVerification;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The training centre's public pages: the exam sessions open for registration, and the
 * verification page the certificate's QR code points to. Plain pages without script, in Indonesian
 * or English, usable on any phone.
 */
@Controller
class PublicPages {
    private final ExamOffice exams;
    private final ServiceDesk desk;
    private final PublicVerification verification;

    PublicPages(ExamOffice exams, ServiceDesk desk, PublicVerification verification) {
        this.exams = exams;
        this.desk = desk;
        this.verification = verification;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @GetMapping("/sertifikasi")
    String sessions(Model model) {
        model.addAttribute("sessions", PublicCertificationController.openSessions(exams, desk));
        return "certification/public-sessions";
    }

    /** A question by the QR code's token, or by number and the holder's name; the answer or the refusal beside the field. */
    @GetMapping("/verify")
    String verify(
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String name,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("number", number);
        model.addAttribute("name", name);
        boolean asked = (token != null && !token.isBlank()) || (number != null && !number.isBlank());
        if (asked) {
            try {
                model.addAttribute("answer", verification.verify(request.getRemoteAddr(), token, number, name));
            } catch (InvalidInputException e) {
                model.addAttribute("errorField", e.field());
            }
        }
        return "certification/verify";
    }

    /** Too many questions from one address: a readable page, with 429 for machines. */
    @ExceptionHandler(RateLimitedException.class)
    ModelAndView limited(RateLimitedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("certification/public-limited", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }
}
