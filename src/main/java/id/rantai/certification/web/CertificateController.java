package id.rantai.certification.web;

import id.rantai.certification.CertificationAccess;
import id.rantai.certification.CertificationProperties;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.certificate.DatabaseInput;
import id.rantai.certification.complaint.Complaint;
import id.rantai.certification.complaint.Complaints;
import id.rantai.certification.document.CertificationDocuments;
import id.rantai.certification.request.AfterServices;
import id.rantai.certification.request.CertificateRequest;
import id.rantai.certification.request.RequestDocuments;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.document.Download;
import id.rantai.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The certificate database, the after-service requests, the service report and the holiday calendar. */
@RestController
@RequestMapping("/api/v1/certification")
class CertificateController {
    private final CertificateRegistry registry;
    private final DatabaseInput input;
    private final AfterServices services;
    private final RequestDocuments documents;
    private final CertificationDocuments certificates;
    private final ServiceDesk desk;
    private final CertificationProperties properties;
    private final CurrentActor actor;
    private final Complaints complaints;

    CertificateController(
            Complaints complaints,
            CertificateRegistry registry,
            DatabaseInput input,
            AfterServices services,
            RequestDocuments documents,
            CertificationDocuments certificates,
            ServiceDesk desk,
            CertificationProperties properties,
            CurrentActor actor) {
        this.registry = registry;
        this.input = input;
        this.services = services;
        this.documents = documents;
        this.certificates = certificates;
        this.desk = desk;
        this.properties = properties;
        this.actor = actor;
        this.complaints = complaints;
    }

    record Reason(@Size(max = 1000) String reason) {}

    record Verification(
            Boolean confirmed,
            @Size(max = 8000) String interviewRecord,
            @Size(max = 2000) String note) {}

    record Note(@Size(max = 2000) String note) {}

    record Holiday(LocalDate day, @Size(max = 200) String name) {}

    record Answer(@Size(max = 4000) String answer) {}

    /**
     * Search by number, part of the name, and exam year; a page at a time (limit, offset, X-Total-Count, Link), in the
     * order of their numbers.
     *
     * @param number the certificate's number, exactly
     * @param name   part of the holder's name, in any case
     * @param year   the year of the exam the certificate was earned in
     */
    @GetMapping("/certificates")
    ResponseEntity<List<Certificate>> search(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(
                registry.search(actor.get(), number, name, year, paging.limit(), paging.offset()), request);
    }

    /** One certificate with its holder, status, history and successor if it was replaced. */
    @GetMapping("/certificates/{id}")
    CertificateRegistry.Detail get(@PathVariable UUID id) {
        return registry.detail(actor.get(), id);
    }

    /** The certificate as PDF/A with its QR code for public verification, in the reader's language. */
    @GetMapping(path = "/certificates/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        Certificate c = registry.detail(actor.get(), id).certificate();
        return Download.pdf("sertifikat-" + c.number().replace('/', '-') + ".pdf", certificates.certificate(c, locale));
    }

    /**
     * Revokes a certificate, with the reason; its public verification then says so. The head of the training centre.
     */
    @PostMapping("/certificates/{id}/revoke")
    Certificate revoke(@PathVariable UUID id, @Valid @RequestBody Reason body) {
        return registry.revoke(actor.get(), id, body.reason());
    }

    /** Enters a certificate issued before Rantai into the database, so it can be verified. */
    @PostMapping("/database-entries")
    @ResponseStatus(HttpStatus.CREATED)
    Certificate enter(@Valid @RequestBody DatabaseInput.Entry body) {
        return input.enter(actor.get(), body);
    }

    /** Answers 202 with the import, and its address to follow it. */
    @PostMapping(path = "/database-entries/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<DatabaseInput.ImportJob> importCsv(@RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: a CSV file");
        }
        DatabaseInput.ImportJob job = input.importCsv(actor.get(), file.getBytes());
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/v1/certification/imports/" + job.id()))
                .body(job);
    }

    /** The training centre's latest imports, the newest first. */
    @GetMapping("/imports")
    List<DatabaseInput.ImportSummary> importList() {
        return input.recent(actor.get());
    }

    /** One import of old certificates: its progress, counts and refused rows. */
    @GetMapping("/imports/{id}")
    DatabaseInput.ImportJob importStatus(@PathVariable UUID id) {
        return input.status(actor.get(), id);
    }

    /** Checked against the source documents by someone other than who entered it. */
    @PostMapping("/certificates/{id}/confirm")
    Certificate confirm(@PathVariable UUID id) {
        return input.confirm(actor.get(), id);
    }

    /**
     * The centre's after-service requests (legalization, correction, lost certificate, database input), newest first.
     */
    @GetMapping("/requests")
    List<CertificateRequest> requests() {
        return services.open(actor.get());
    }

    /** One after-service request with its documents, state and handling time. */
    @GetMapping("/requests/{id}")
    CertificateRequest request(@PathVariable UUID id) {
        return services.get(actor.get(), id);
    }

    /** A request's document ({@code identity}, {@code certificate}), for the officer who verifies it. */
    @GetMapping("/requests/{id}/documents/{kind}")
    ResponseEntity<InputStreamResource> requestDocument(@PathVariable UUID id, @PathVariable String kind) {
        AfterServices.Document d = services.document(actor.get(), id, kind);
        return Download.stored(d.contentType(), d.sizeBytes(), d.content());
    }

    /** Staff's check of a request: verified, or refused with a reason the applicant is told. */
    @PostMapping("/requests/{id}/verify")
    CertificateRequest verify(@PathVariable UUID id, @Valid @RequestBody Verification body) {
        if (body.confirmed() == null) {
            throw InvalidInputException.worded("confirmed", "required");
        }
        return services.verify(actor.get(), id, body.confirmed(), body.interviewRecord(), body.note());
    }

    /** The head signs a verified request: the legalization, corrected certificate or replacement is issued. */
    @PostMapping("/requests/{id}/sign")
    CertificateRequest sign(@PathVariable UUID id, @Valid @RequestBody(required = false) Note body) {
        return services.sign(actor.get(), id, body == null ? null : body.note());
    }

    /** The signed document of a request (legalized copy, corrected or replacement certificate, letter) as PDF/A. */
    @GetMapping(path = "/requests/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> document(@PathVariable UUID id, Locale locale) {
        CertificateRequest r = services.get(actor.get(), id);
        return Download.pdf(
                r.kind().name().toLowerCase() + "-" + r.letterNumber() + ".pdf", documents.render(r, locale));
    }

    /** The centre's complaints, newest first, with their handling time. */
    @GetMapping("/complaints")
    List<Complaint> complaints() {
        return complaints.open(actor.get());
    }

    /** Answers a complaint; the complainant is told by e-mail and at the complaint's address. */
    @PostMapping("/complaints/{id}/answer")
    Complaint answer(@PathVariable UUID id, @Valid @RequestBody Answer body) {
        return complaints.answer(actor.get(), id, body.answer());
    }

    /** Satisfaction and handling times per service over a period. */
    @GetMapping("/service-report")
    ServiceDesk.Report report(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return desk.report(actor.get(), from, to);
    }

    /** The national holidays and collective leave days handling times skip. */
    @GetMapping("/holidays")
    List<ServiceDesk.Holiday> holidays() {
        CertificationAccess.staff(actor.get());
        return desk.holidays();
    }

    /** Adds a holiday or collective leave day to the working calendar. */
    @PostMapping("/holidays")
    @ResponseStatus(HttpStatus.CREATED)
    void addHoliday(@Valid @RequestBody Holiday body) {
        desk.addHoliday(actor.get(), body.day(), body.name());
    }

    /** Removes a day from the working calendar's holidays. */
    @DeleteMapping("/holidays/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeHoliday(@PathVariable LocalDate day) {
        desk.removeHoliday(actor.get(), day);
    }
}
