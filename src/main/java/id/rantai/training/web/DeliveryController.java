package id.rantai.training.web;

import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisations;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.document.Download;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.delivery.Completion;
import id.rantai.training.delivery.CompletionCertificate;
import id.rantai.training.delivery.TrainingRecords;
import id.rantai.training.delivery.TrainingSession;
import id.rantai.training.employee.EmployeeDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Sessions, attendance, completions, their evidence and certificates. */
@RestController
@RequestMapping("/api/v1/training")
class DeliveryController {
    private final TrainingRecords records;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory employees;
    private final Organisations organisations;
    private final CurrentActor actor;
    private final CompletionCertificate certificates;

    DeliveryController(
            TrainingRecords records,
            TrainingCatalogue catalogue,
            EmployeeDirectory employees,
            Organisations organisations,
            CurrentActor actor,
            CompletionCertificate certificates) {
        this.records = records;
        this.catalogue = catalogue;
        this.employees = employees;
        this.organisations = organisations;
        this.actor = actor;
        this.certificates = certificates;
    }

    record Attendance(@Size(max = 10000) List<TrainingRecords.Result> results) {}

    /** Records a training session: topic, date, trainer and place. */
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingSession session(@Valid @RequestBody TrainingRecords.NewSession body) {
        return records.addSession(actor.get(), body);
    }

    /** The company's training sessions, newest first. */
    @GetMapping("/sessions")
    List<TrainingSession> sessions() {
        return records.sessions(actor.get());
    }

    /** Records who attended a session and passed; each pass is a completion. */
    @PostMapping("/sessions/{id}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    List<Completion> attendance(@PathVariable UUID id, @Valid @RequestBody Attendance body) {
        return records.attendance(actor.get(), id, body.results());
    }

    /** Records one employee's completion of a topic outside a session (an external course, an e-learning). */
    @PostMapping("/completions")
    @ResponseStatus(HttpStatus.CREATED)
    Completion complete(@Valid @RequestBody TrainingRecords.NewCompletion body) {
        return records.complete(actor.get(), body);
    }

    /** Attaches evidence (a certificate, a signed attendance list) to a completion. */
    @PostMapping(path = "/completions/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Completion evidence(@PathVariable UUID id, @RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: a PDF, JPEG or PNG");
        }
        try (InputStream in = file.getInputStream()) {
            return records.attachEvidence(actor.get(), id, in);
        }
    }

    /** The completion's training certificate as PDF/A. */
    @GetMapping(path = "/completions/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, Locale locale) {
        Completion c = records.visible(actor.get(), id);
        if (!c.passed()) {
            throw new StateConflictException("A certificate is issued only for a passed completion", "NOT_PASSED");
        }
        UUID org = TrainingAccess.member(actor.get());
        String company = organisations.find(org).map(o -> o.name()).orElse("");
        byte[] pdf = certificates.pdf(
                company,
                employees.employee(org, c.employeeId(), "employeeId"),
                catalogue.topic(org, c.topicId()),
                c,
                locale);
        return Download.pdf("training-certificate-" + id + ".pdf", pdf);
    }
}
