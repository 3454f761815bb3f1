package id.rantai.certification.web;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.complaint.Complaint;
import id.rantai.certification.complaint.Complaints;
import id.rantai.certification.credential.OpenBadges;
import id.rantai.certification.document.CertificationDocuments;
import id.rantai.certification.exam.Candidate;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.exam.ExamSession;
import id.rantai.certification.request.AfterServices;
import id.rantai.certification.request.CertificateRequest;
import id.rantai.certification.request.RequestDocuments;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.certification.verification.PublicThrottle;
import id.rantai.certification.verification.PublicVerification;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import id.rantai.shared.document.Download;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the public reaches without a login: the service standard, registration for an exam and its
 * follow-up by token, requests for after-services by token, satisfaction surveys, certificate
 * verification, and the Open Badges issuer profile and status list.
 */
@RestController
class PublicCertificationController {
    private final ServiceStandard standard;
    private final ExamOffice exams;
    private final CertificateRegistry registry;
    private final AfterServices services;
    private final RequestDocuments documents;
    private final CertificationDocuments certificates;
    private final ServiceDesk desk;
    private final PublicVerification verification;
    private final OpenBadges badges;
    private final CertificationProperties properties;
    private final Complaints complaints;
    private final PublicThrottle throttle;
    /** Reads the application field of a request with documents as the JSON body is read. */
    private final tools.jackson.databind.json.JsonMapper json;

    PublicCertificationController(
            Complaints complaints,
            ServiceStandard standard,
            ExamOffice exams,
            CertificateRegistry registry,
            AfterServices services,
            RequestDocuments documents,
            CertificationDocuments certificates,
            ServiceDesk desk,
            PublicVerification verification,
            OpenBadges badges,
            CertificationProperties properties,
            PublicThrottle throttle,
            tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.standard = standard;
        this.exams = exams;
        this.registry = registry;
        this.services = services;
        this.documents = documents;
        this.certificates = certificates;
        this.desk = desk;
        this.verification = verification;
        this.badges = badges;
        this.properties = properties;
        this.complaints = complaints;
        this.throttle = throttle;
    }

    /** Anyone may apply, so each address may do so a limited number of times a minute: no flooding the desk or the disk. */
    private void submission(HttpServletRequest request) {
        throttle.admit("submit", request.getRemoteAddr(), properties.submitPerMinute());
    }

    record Survey(
            Integer satisfaction,
            @Size(max = 9) List<Integer> elements,
            @Size(max = 2000) String comment) {}

    /** A candidate's own view: never the scores of others, never staff notes beyond a rejection reason. */
    record CandidateStatus(
            String session,
            LocalDate examDate,
            String fullName,
            Candidate.Status status,
            @Nullable String seatNumber,
            @Nullable String rejectionReason,
            boolean resultsPublished,
            @Nullable Double multipleChoice,
            @Nullable Double essay,
            @Nullable Double finalScore,
            @Nullable Boolean passed,
            @Nullable String certificateNumber,
            @Nullable String verificationCode,
            List<CaseType> surveysOpen) {

        /** What an applicant may see of their registration, results and certificate, by the link's token. */
        static CandidateStatus of(String token, ExamOffice exams, CertificateRegistry registry, ServiceDesk desk) {
            Candidate c = exams.byToken(token);
            ExamSession s = exams.session(c.sessionId());
            boolean published = s.resultsPublishedAt() != null;
            Certificate cert = registry.forCandidate(c.id()).orElse(null);
            List<CaseType> open = new ArrayList<>();
            for (CaseType t : List.of(CaseType.REGISTRATION_CHECK, CaseType.CERTIFICATE_ISSUE)) {
                if (exams.surveyState(c, t) == ServiceDesk.SurveyState.OPEN) {
                    open.add(t);
                }
            }
            return new CandidateStatus(
                    s.code(),
                    s.examDate(),
                    c.fullName(),
                    c.status(),
                    c.seatNumber(),
                    c.rejectionReason(),
                    published,
                    published ? c.mcScore() : null,
                    published ? c.essayScore() : null,
                    published ? c.finalScore() : null,
                    published ? c.passed() : null,
                    cert == null ? null : cert.number(),
                    cert == null ? null : cert.verificationCode(),
                    open);
        }
    }

    record OpenSession(
            UUID id,
            String code,
            String title,
            LocalDate examDate,
            String venue,
            LocalDate registrationOpens,
            LocalDate registrationCloses) {}

    /** The published service standard: each service, its requirements, handling time and fee. */
    @GetMapping("/api/v1/public/certification/service-standard")
    List<ServiceStandard.Service> serviceStandard() {
        return standard.services();
    }

    /** Exam sessions open for registration, for anyone. */
    @GetMapping("/api/v1/public/certification/sessions")
    List<OpenSession> sessions() {
        return openSessions(exams, desk);
    }

    /** Sessions whose registration has not closed yet, for the API and the public page. */
    static List<OpenSession> openSessions(ExamOffice exams, ServiceDesk desk) {
        LocalDate today = desk.today();
        return exams.sessions().stream()
                .filter(s -> !today.isAfter(s.registrationCloses()))
                .map(s -> new OpenSession(
                        s.id(),
                        s.code(),
                        s.title(),
                        s.examDate(),
                        s.venue(),
                        s.registrationOpens(),
                        s.registrationCloses()))
                .toList();
    }

    /** Multipart: the fields, and the files {@code KTP}, {@code IJAZAH} and {@code PAS_FOTO}. */
    @PostMapping(
            path = "/api/v1/public/certification/sessions/{id}/registrations",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ExamOffice.Registered register(
            @PathVariable UUID id,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String birthPlace,
            @RequestParam(required = false) LocalDate birthDate,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            @RequestPart(name = "KTP", required = false) @Nullable MultipartFile identityCard,
            @RequestPart(name = "IJAZAH", required = false) @Nullable MultipartFile diploma,
            @RequestPart(name = "PAS_FOTO", required = false) @Nullable MultipartFile photo,
            HttpServletRequest request)
            throws IOException {
        submission(request);
        Map<String, ExamOffice.Upload> uploads = new HashMap<>();
        Map<String, @Nullable MultipartFile> parts = new HashMap<>();
        parts.put("KTP", identityCard);
        parts.put("IJAZAH", diploma);
        parts.put("PAS_FOTO", photo);
        for (String kind : ExamOffice.REQUIRED_DOCUMENTS) {
            MultipartFile part = parts.get(kind);
            if (part != null && part.getSize() > 0) {
                uploads.put(kind, new ExamOffice.Upload(kind, part.getInputStream()));
            }
        }
        return exams.register(
                id, new ExamOffice.Registration(fullName, nationalId, birthPlace, birthDate, email, language), uploads);
    }

    /** A candidate's registration as its holder sees it, by the token in their e-mail. */
    @GetMapping("/api/v1/public/certification/registrations/{token}")
    CandidateStatus registration(@PathVariable String token) {
        return CandidateStatus.of(token, exams, registry, desk);
    }

    /** The candidate's satisfaction survey for a finished service. */
    @PostMapping("/api/v1/public/certification/registrations/{token}/surveys/{caseType}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void registrationSurvey(
            @PathVariable String token,
            @PathVariable CaseType caseType,
            @Valid @RequestBody Survey body,
            HttpServletRequest request) {
        submission(request);
        Candidate c = exams.byToken(token);
        exams.answerSurvey(c, caseType, body.satisfaction(), body.elements(), body.comment());
    }

    /** The candidate's certificate as PDF/A, by the token in their e-mail. */
    @GetMapping(
            path = "/api/v1/public/certification/registrations/{token}/certificate.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificatePdf(@PathVariable String token, Locale locale) {
        Certificate c = certificateOf(token);
        return Download.pdf("sertifikat-" + c.number().replace('/', '-') + ".pdf", certificates.certificate(c, locale));
    }

    /** The certificate as an Open Badges 3.0 credential (VC-JWT). */
    @GetMapping(path = "/api/v1/public/certification/registrations/{token}/credential", produces = "application/vc+jwt")
    String credential(@PathVariable String token) {
        return badges.credential(certificateOf(token));
    }

    /** Files an after-service request without documents (JSON); the answer carries the token to follow it. */
    @PostMapping("/api/v1/public/certification/requests")
    @ResponseStatus(HttpStatus.CREATED)
    AfterServices.Submitted apply(@Valid @RequestBody AfterServices.Application body, HttpServletRequest request) {
        submission(request);
        return services.submit(body, Map.of());
    }

    /**
     * The same request with its documents: the application as a JSON field named {@code application},
     * and the files as parts {@code identity} and {@code certificate} (PDF, JPEG or PNG). A legalization
     * and a database input need them (seed 002: "pengajuan dilengkapi identitas").
     */
    @PostMapping(
            path = "/api/v1/public/certification/requests/with-documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AfterServices.Submitted applyWithDocuments(
            @RequestParam("application") String application,
            @RequestPart(name = AfterServices.IDENTITY, required = false) @Nullable MultipartFile identity,
            @RequestPart(name = AfterServices.CERTIFICATE_SCAN, required = false) @Nullable MultipartFile certificate,
            HttpServletRequest request)
            throws IOException {
        submission(request);
        AfterServices.Application body;
        try {
            body = json.readValue(application, AfterServices.Application.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw id.rantai.shared.InvalidInputException.worded(
                    "application", "notJsonFile", String.valueOf(e.getOriginalMessage()));
        }
        Map<String, java.io.InputStream> documents = new HashMap<>();
        if (identity != null && !identity.isEmpty()) {
            documents.put(AfterServices.IDENTITY, identity.getInputStream());
        }
        if (certificate != null && !certificate.isEmpty()) {
            documents.put(AfterServices.CERTIFICATE_SCAN, certificate.getInputStream());
        }
        return services.submit(body, documents);
    }

    /** An after-service request as its applicant sees it, by its token. */
    @GetMapping("/api/v1/public/certification/requests/{token}")
    AfterServices.Status request(@PathVariable String token) {
        return services.status(token);
    }

    /** The signed document of a finished request, by its token. */
    @GetMapping(
            path = "/api/v1/public/certification/requests/{token}/document.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> requestDocument(@PathVariable String token, Locale locale) {
        CertificateRequest r = services.byToken(token);
        return Download.pdf(r.kind().name().toLowerCase() + ".pdf", documents.render(r, locale));
    }

    /** The applicant's satisfaction survey for a finished request. */
    @PostMapping("/api/v1/public/certification/requests/{token}/survey")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requestSurvey(@PathVariable String token, @Valid @RequestBody Survey body, HttpServletRequest request) {
        submission(request);
        services.survey(token, body.satisfaction(), body.elements(), body.comment());
    }

    /** Files a complaint about the certification service; the answer carries the token to follow it. */
    @PostMapping("/api/v1/public/certification/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    Complaints.Filed complain(@Valid @RequestBody Complaints.NewComplaint body, HttpServletRequest request) {
        submission(request);
        return complaints.file(body);
    }

    /** A complaint as its complainant sees it, by its token. */
    @GetMapping("/api/v1/public/certification/complaints/{token}")
    Complaint complaint(@PathVariable String token) {
        return complaints.byToken(token);
    }

    /**
     * Verification: {@code ?token=} (the QR code's), or {@code ?number=&name=}.
     *
     * @param token  the verification code a certificate's QR code carries
     * @param number the certificate's number, with {@code name}
     * @param name   the holder's name as printed on the certificate, with {@code number}
     */
    @GetMapping("/api/v1/public/certificates/verify")
    PublicVerification.Answer verify(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String name,
            HttpServletRequest request) {
        return verification.verify(request.getRemoteAddr(), token, number, name);
    }

    /** The Open Badges issuer profile the certificates' credentials name, with its public key. */
    @GetMapping(path = OpenBadges.ISSUER_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> issuer() {
        return badges.issuerProfile();
    }

    /** The credentials' revocation status list, as a signed JWT. */
    @GetMapping(path = OpenBadges.STATUS_PATH, produces = "application/vc+jwt")
    String statusList() {
        return badges.statusList();
    }

    private Certificate certificateOf(String token) {
        Candidate c = exams.byToken(token);
        Certificate cert =
                registry.forCandidate(c.id()).orElseThrow(() -> new NotFoundException("Certificate", "token"));
        if (cert.status() != Certificate.Status.VALID) {
            throw StateConflictException.worded(
                    cert.status().name(),
                    "certificateIs",
                    cert.number(),
                    Wording.label("certificate.status." + cert.status().name()));
        }
        return cert;
    }
}
