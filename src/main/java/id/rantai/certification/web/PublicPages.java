package id.rantai.certification.web;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.TrainingCentres;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.complaint.Complaints;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard;
import id.rantai.certification.verification.PublicThrottle;
import id.rantai.certification.verification.PublicVerification;
import id.rantai.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training centre's public pages: the exam sessions open for registration, the verification
 * page the certificate's QR code points to, the applicant's own page behind the e-mailed link, and
 * the complaint form with each complaint's page. Plain pages without script, in Indonesian or
 * English, usable on any phone.
 */
@Controller
class PublicPages {
    private final ExamOffice exams;
    private final ServiceDesk desk;
    private final PublicVerification verification;
    private final Complaints complaints;
    private final ServiceStandard standard;
    private final PublicThrottle throttle;
    private final CertificationProperties properties;
    private final CertificateRegistry registry;
    private final TrainingCentres centres;

    PublicPages(
            ExamOffice exams,
            ServiceDesk desk,
            PublicVerification verification,
            Complaints complaints,
            ServiceStandard standard,
            PublicThrottle throttle,
            CertificationProperties properties,
            CertificateRegistry registry,
            TrainingCentres centres) {
        this.exams = exams;
        this.desk = desk;
        this.verification = verification;
        this.complaints = complaints;
        this.standard = standard;
        this.throttle = throttle;
        this.properties = properties;
        this.registry = registry;
        this.centres = centres;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @GetMapping("/sertifikasi")
    String sessions(Model model) {
        model.addAttribute("sessions", PublicCertificationController.openSessions(exams, desk));
        model.addAttribute("today", desk.today());
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

    /**
     * The applicant's own page, behind the link e-mailed at registration: where the registration
     * stands, the seat, the results once published, and the certificate to download once issued.
     */
    @GetMapping("/sertifikasi/pendaftaran/{token}")
    String registration(@PathVariable String token, Model model) {
        model.addAttribute("status", PublicCertificationController.CandidateStatus.of(token, exams, registry, desk));
        model.addAttribute("token", token);
        return "certification/public-registration";
    }

    /** A complaint about one of the services, by anyone: the form. */
    @GetMapping("/sertifikasi/pengaduan")
    String complaintForm(Model model) {
        return complaintPage(model, new Complaints.NewComplaint(null, null, null, null, null, null, null), null);
    }

    /** Filed: the follow-up code and the date the answer is due; refused: the form again, the message beside the field. */
    @PostMapping("/sertifikasi/pengaduan")
    String complain(@ModelAttribute Complaints.NewComplaint complaint, HttpServletRequest request, Model model) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
        try {
            Complaints.Filed filed = complaints.file(complaint);
            return "redirect:/sertifikasi/pengaduan/" + filed.accessToken() + "?filed";
        } catch (InvalidInputException e) {
            return complaintPage(model, complaint, e.field());
        }
    }

    /** The complaint's status behind its follow-up code: the answer once given. */
    @GetMapping("/sertifikasi/pengaduan/{token}")
    String complaintStatus(
            @PathVariable String token, @RequestParam(required = false) @Nullable String filed, Model model) {
        model.addAttribute("complaint", complaints.byToken(token));
        model.addAttribute("filed", filed != null);
        model.addAttribute("service", standard.names(LocaleContextHolder.getLocale()));
        return "certification/public-complaint-status";
    }

    private String complaintPage(Model model, Complaints.NewComplaint form, @Nullable String errorField) {
        model.addAttribute("form", form);
        model.addAttribute("errorField", errorField);
        model.addAttribute("services", standard.services());
        model.addAttribute("centres", centres.all());
        return "certification/public-complaint";
    }
}
