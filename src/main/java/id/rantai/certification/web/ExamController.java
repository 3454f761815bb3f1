package id.rantai.certification.web;

import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.exam.Candidate;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.exam.ExamSession;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.document.Download;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The training centre's side of the exam: sessions, checks, payment, attendance, scores, results, certificates. */
@RestController
@RequestMapping("/api/v1/certification")
class ExamController {
    private final ExamOffice exams;
    private final CertificateRegistry registry;
    private final CurrentActor actor;

    ExamController(ExamOffice exams, CertificateRegistry registry, CurrentActor actor) {
        this.exams = exams;
        this.registry = registry;
        this.actor = actor;
    }

    record Check(Boolean eligible, @Size(max = 1000) String reason) {}

    record Payment(@Size(max = 100) String reference) {}

    record Attendance(Boolean attended) {}

    record Scores(@Size(max = 10000) List<ExamOffice.Score> scores) {}

    record CandidateView(Candidate candidate, List<String> documents) {}

    /** Schedules an exam session at the caller's training centre: code, date, place, seats and registration window. */
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    ExamSession schedule(@Valid @RequestBody ExamOffice.NewSession body) {
        return exams.schedule(actor.get(), body);
    }

    /** The centre's exam sessions, the next first. */
    @GetMapping("/sessions")
    List<ExamSession> sessions() {
        return exams.sessions(actor.get());
    }

    /** A session's candidates with their registration check, payment, attendance and scores. */
    @GetMapping("/sessions/{id}/candidates")
    List<CandidateView> candidates(@PathVariable UUID id) {
        return exams.candidates(actor.get(), id).stream()
                .map(c -> new CandidateView(c, exams.documents(c.id())))
                .toList();
    }

    /** A registration document (KTP, IJAZAH, PAS_FOTO), for the eligibility and completeness check. */
    @GetMapping("/candidates/{id}/documents/{kind}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable String kind) {
        ExamOffice.Document d = exams.document(actor.get(), id, kind);
        return Download.stored(d.contentType(), d.sizeBytes(), d.content());
    }

    /** Staff's check of a registration: eligible, or refused with a reason the candidate is told. */
    @PostMapping("/candidates/{id}/check")
    Candidate check(@PathVariable UUID id, @Valid @RequestBody Check body) {
        if (body.eligible() == null) {
            throw InvalidInputException.worded("eligible", "required");
        }
        return exams.check(actor.get(), id, body.eligible(), body.reason());
    }

    /** Confirms a candidate's payment; the candidate gets a seat number and exam card. */
    @PostMapping("/candidates/{id}/payment")
    Candidate payment(@PathVariable UUID id, @Valid @RequestBody Payment body) {
        return exams.confirmPayment(actor.get(), id, body.reference());
    }

    /** Records whether a candidate sat the exam; refused before the exam date. */
    @PostMapping("/candidates/{id}/attendance")
    Candidate attendance(@PathVariable UUID id, @Valid @RequestBody Attendance body) {
        return exams.attendance(actor.get(), id, Boolean.TRUE.equals(body.attended()));
    }

    /** Enters the session's scores, candidate by seat number; refused before the exam date. */
    @PostMapping("/sessions/{id}/scores")
    List<Candidate> scores(@PathVariable UUID id, @Valid @RequestBody Scores body) {
        return exams.scores(actor.get(), id, body.scores());
    }

    /** The same from the marking team's CSV ({@code seat_number,multiple_choice,essay}). */
    @PostMapping(path = "/sessions/{id}/scores", consumes = "text/csv")
    List<Candidate> scoresCsv(@PathVariable UUID id, @RequestBody String csv) {
        return exams.scoresCsv(actor.get(), id, csv);
    }

    /** Publishes the session's results: candidates are told, and each pass starts a certificate. */
    @PostMapping("/sessions/{id}/publish")
    ExamSession publish(@PathVariable UUID id) {
        return exams.publish(actor.get(), id);
    }

    /** The head signs the certificates of everyone who passed. */
    @PostMapping("/sessions/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    List<Certificate> issue(@PathVariable UUID id) {
        return registry.issue(actor.get(), id);
    }
}
