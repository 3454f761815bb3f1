package id.rantai.certification.web;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.TrainingCentres;
import id.rantai.certification.exam.Candidate;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.exam.ExamSession;
import id.rantai.certification.request.AfterServices;
import id.rantai.certification.request.CertificateRequest;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.certification.verification.PublicThrottle;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartRequest;

/**
 * The forms an applicant sends without a login: registration for an exam session with its three
 * documents, a request for an after-service (legalization, correction, replacement of a lost
 * certificate) with its status page, and the satisfaction survey of a completed service. Each runs
 * the same rules as the API, and a refusal is shown beside the field it concerns; what was typed
 * stays in the form (files excepted: a browser never re-sends them).
 */
@Controller
class PublicForms {
    private final ExamOffice exams;
    private final AfterServices services;
    private final ServiceDesk desk;
    private final PublicThrottle throttle;
    private final CertificationProperties properties;
    private final TrainingCentres centres;

    PublicForms(
            ExamOffice exams,
            AfterServices services,
            ServiceDesk desk,
            PublicThrottle throttle,
            CertificationProperties properties,
            TrainingCentres centres) {
        this.exams = exams;
        this.services = services;
        this.desk = desk;
        this.throttle = throttle;
        this.properties = properties;
        this.centres = centres;
    }

    /** A registration as typed; the birth date stays text until the rules have read it. */
    record RegistrationForm(
            @Nullable String fullName,
            @Nullable String nationalId,
            @Nullable String birthPlace,
            @Nullable String birthDate,
            @Nullable String email) {

        static RegistrationForm empty() {
            return new RegistrationForm(null, null, null, null, null);
        }
    }

    /** An after-service request as typed: the correction's fields flat, the numbers as text. */
    record RequestForm(
            @Nullable String kind,
            @Nullable String certificateNumber,
            @Nullable String nationalId,
            @Nullable String applicantName,
            @Nullable String applicantEmail,
            @Nullable String explanation,
            @Nullable String copies,
            @Nullable String correctionHolderName,
            @Nullable String correctionNationalId,
            @Nullable String correctionBirthPlace,
            @Nullable String correctionBirthDate,
            @Nullable String entryHolderName,
            @Nullable String entryBirthPlace,
            @Nullable String entryBirthDate,
            @Nullable String entryExamYear,
            @Nullable String entryIssuedOn,
            @Nullable String trainingCentreId) {

        static RequestForm of(@Nullable String kind) {
            return new RequestForm(
                    kind, null, null, null, null, null, "1", null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    /** A survey as ticked: overall satisfaction and the nine service elements U1–U9, each 1–4. */
    record SurveyForm(
            @Nullable Integer satisfaction,
            @Nullable Integer u1,
            @Nullable Integer u2,
            @Nullable Integer u3,
            @Nullable Integer u4,
            @Nullable Integer u5,
            @Nullable Integer u6,
            @Nullable Integer u7,
            @Nullable Integer u8,
            @Nullable Integer u9,
            @Nullable String comment) {

        static SurveyForm empty() {
            return new SurveyForm(null, null, null, null, null, null, null, null, null, null, null);
        }

        public List<@Nullable Integer> elements() {
            return java.util.Arrays.asList(u1, u2, u3, u4, u5, u6, u7, u8, u9);
        }
    }

    // --- registration -------------------------------------------------------------------------

    @GetMapping("/sertifikasi/sesi/{id}/daftar")
    String registrationForm(@PathVariable UUID id, Model model) {
        return registrationPage(model, exams.session(id), RegistrationForm.empty(), null, null);
    }

    /** Registered: on to the applicant's own page, whose link the confirmation e-mail repeats. */
    @PostMapping("/sertifikasi/sesi/{id}/daftar")
    String register(
            @PathVariable UUID id,
            @ModelAttribute RegistrationForm form,
            MultipartRequest files,
            HttpServletRequest request,
            Model model) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
        ExamSession session = exams.session(id);
        try {
            Map<String, ExamOffice.Upload> uploads = new HashMap<>();
            for (String kind : ExamOffice.REQUIRED_DOCUMENTS) {
                MultipartFile f = files.getFile(kind);
                if (f != null && !f.isEmpty()) {
                    uploads.put(kind, new ExamOffice.Upload(kind, f.getInputStream()));
                }
            }
            ExamOffice.Registered done = exams.register(
                    id,
                    new ExamOffice.Registration(
                            form.fullName(),
                            form.nationalId(),
                            form.birthPlace(),
                            FormValues.date(form.birthDate(), "birthDate"),
                            form.email(),
                            null),
                    uploads);
            return "redirect:/sertifikasi/pendaftaran/" + done.accessToken() + "?registered";
        } catch (InvalidInputException e) {
            return registrationPage(model, session, form, e.field(), null);
        } catch (StateConflictException e) {
            return registrationPage(model, session, form, null, e.currentState());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String registrationPage(
            Model model,
            ExamSession session,
            RegistrationForm form,
            @Nullable String errorField,
            @Nullable String refusal) {
        model.addAttribute("examSession", session);
        model.addAttribute("open", session.registrationOpenOn(desk.today()));
        model.addAttribute("form", form);
        model.addAttribute("errorField", errorField);
        model.addAttribute("refusal", refusal);
        model.addAttribute("documents", ExamOffice.REQUIRED_DOCUMENTS);
        return "certification/public-apply";
    }

    // --- after-services -----------------------------------------------------------------------

    @GetMapping("/sertifikasi/layanan")
    String requestForm(@RequestParam(required = false) @Nullable String kind, Model model) {
        return requestPage(model, RequestForm.of(kind), null, null);
    }

    @PostMapping("/sertifikasi/layanan")
    String request(
            @ModelAttribute RequestForm form,
            MultipartHttpServletRequest files,
            HttpServletRequest request,
            Model model) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
        try {
            Map<String, InputStream> documents = new HashMap<>();
            for (String kind : List.of(AfterServices.IDENTITY, AfterServices.CERTIFICATE_SCAN)) {
                MultipartFile f = files.getFile(kind);
                if (f != null && !f.isEmpty()) {
                    documents.put(kind, f.getInputStream());
                }
            }
            AfterServices.Submitted done = services.submit(application(form), documents);
            return "redirect:/sertifikasi/layanan/" + done.accessToken() + "?filed";
        } catch (InvalidInputException e) {
            return requestPage(model, form, e.field(), null);
        } catch (StateConflictException e) {
            return requestPage(model, form, null, e.currentState());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request's status behind the e-mailed link: the deadline, the letter once signed, the survey after. */
    @GetMapping("/sertifikasi/layanan/{token}")
    String requestStatus(
            @PathVariable String token, @RequestParam(required = false) @Nullable String filed, Model model) {
        model.addAttribute("status", services.status(token));
        model.addAttribute("token", token);
        model.addAttribute("filed", filed != null);
        return "certification/public-request-status";
    }

    private String requestPage(Model model, RequestForm form, @Nullable String errorField, @Nullable String refusal) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", CertificateRequest.Kind.values());
        model.addAttribute("centres", centres.all());
        model.addAttribute("errorField", errorField);
        model.addAttribute("refusal", refusal);
        return "certification/public-request";
    }

    private static AfterServices.Application application(RequestForm f) {
        CertificateRequest.Kind kind;
        try {
            kind = f.kind() == null || f.kind().isBlank() ? null : CertificateRequest.Kind.valueOf(f.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "is not a service of this form");
        }
        Integer copies = kind == CertificateRequest.Kind.LEGALIZATION ? FormValues.integer(f.copies(), "copies") : null;
        AfterServices.Correction correction = kind != CertificateRequest.Kind.CORRECTION
                ? null
                : new AfterServices.Correction(
                        FormValues.blankAsNull(f.correctionHolderName()),
                        FormValues.blankAsNull(f.correctionNationalId()),
                        FormValues.blankAsNull(f.correctionBirthPlace()),
                        FormValues.date(f.correctionBirthDate(), "correction.birthDate"));
        return new AfterServices.Application(
                kind,
                FormValues.blankAsNull(f.certificateNumber()),
                FormValues.blankAsNull(f.nationalId()),
                f.applicantName(),
                f.applicantEmail(),
                f.explanation(),
                copies,
                correction,
                kind != CertificateRequest.Kind.DATABASE_INPUT
                        ? null
                        : new AfterServices.DatabaseEntry(
                                FormValues.blankAsNull(f.entryHolderName()),
                                FormValues.blankAsNull(f.entryBirthPlace()),
                                FormValues.date(f.entryBirthDate(), "entry.birthDate"),
                                FormValues.integer(f.entryExamYear(), "entry.examYear"),
                                FormValues.date(f.entryIssuedOn(), "entry.issuedOn")),
                null,
                FormValues.uuid(f.trainingCentreId(), "trainingCentreId"));
    }

    // --- surveys ------------------------------------------------------------------------------

    @GetMapping("/sertifikasi/pendaftaran/{token}/survei/{caseType}")
    String registrationSurvey(@PathVariable String token, @PathVariable String caseType, Model model) {
        Candidate c = exams.byToken(token);
        CaseType type = candidateCase(caseType);
        ServiceDesk.SurveyState state = exams.surveyState(c, type);
        if (state != ServiceDesk.SurveyState.OPEN) {
            throw StateConflictException.worded(state.name(), "survey." + state.name());
        }
        return surveyPage(model, type, "/sertifikasi/pendaftaran/" + token, SurveyForm.empty(), null);
    }

    @PostMapping("/sertifikasi/pendaftaran/{token}/survei/{caseType}")
    String answerRegistrationSurvey(
            @PathVariable String token,
            @PathVariable String caseType,
            @ModelAttribute SurveyForm form,
            HttpServletRequest request,
            Model model) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
        Candidate c = exams.byToken(token);
        CaseType type = candidateCase(caseType);
        String back = "/sertifikasi/pendaftaran/" + token;
        try {
            exams.answerSurvey(c, type, form.satisfaction(), form.elements(), form.comment());
            return "redirect:" + back + "?surveyed";
        } catch (InvalidInputException e) {
            return surveyPage(model, type, back, form, e.field());
        }
    }

    @GetMapping("/sertifikasi/layanan/{token}/survei")
    String requestSurvey(@PathVariable String token, Model model) {
        CertificateRequest r = services.byToken(token);
        CaseType type = CaseType.valueOf(r.kind().name());
        surveyOpen(type, r.id());
        return surveyPage(model, type, "/sertifikasi/layanan/" + token, SurveyForm.empty(), null);
    }

    @PostMapping("/sertifikasi/layanan/{token}/survei")
    String answerRequestSurvey(
            @PathVariable String token, @ModelAttribute SurveyForm form, HttpServletRequest request, Model model) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
        String back = "/sertifikasi/layanan/" + token;
        try {
            services.survey(token, form.satisfaction(), form.elements(), form.comment());
            return "redirect:" + back + "?surveyed";
        } catch (InvalidInputException e) {
            CertificateRequest.Kind kind = services.byToken(token).kind();
            return surveyPage(model, CaseType.valueOf(kind.name()), back, form, e.field());
        }
    }

    private String surveyPage(Model model, CaseType type, String back, SurveyForm form, @Nullable String errorField) {
        model.addAttribute("caseType", type);
        model.addAttribute("action", back + (back.contains("/layanan/") ? "/survei" : "/survei/" + type));
        model.addAttribute("back", back);
        model.addAttribute("form", form);
        model.addAttribute("elements", List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"));
        // The rules name the nine elements elements[0]..elements[8]; the form names them u1..u9.
        model.addAttribute(
                "errorField",
                errorField != null && errorField.startsWith("elements[")
                        ? "u" + (Integer.parseInt(errorField.substring(9, errorField.length() - 1)) + 1)
                        : errorField);
        return "certification/public-survey";
    }

    /** A survey page is shown only while its survey is open; otherwise the page says why. */
    private void surveyOpen(CaseType type, UUID subject) {
        ServiceDesk.SurveyState state = desk.surveyState(type, subject);
        if (state != ServiceDesk.SurveyState.OPEN) {
            throw StateConflictException.worded(state.name(), "survey." + state.name());
        }
    }

    private static CaseType candidateCase(String caseType) {
        return switch (caseType) {
            case "REGISTRATION_CHECK" -> CaseType.REGISTRATION_CHECK;
            case "CERTIFICATE_ISSUE" -> CaseType.CERTIFICATE_ISSUE;
            default -> throw new InvalidInputException("caseType", "must be REGISTRATION_CHECK or CERTIFICATE_ISSUE");
        };
    }
}
