package id.rantai.certification.web;

import id.rantai.certification.CertificationAccess;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.exam.Candidate;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.exam.ExamSession;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.FormValues;
import id.rantai.shared.web.RefusalTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The training centre's certification desk: exam sessions and their schedule; per session the
 * registrations queue with each applicant's documents viewed inline for the eligibility check,
 * payment and seats, attendance, score entry by hand or from the marking team's CSV, publishing the
 * results and — for the head — issuing the certificates. Every step runs the same rules as the API;
 * a refusal is shown beside the field or the row it concerns.
 */
@Controller
@ConsolePage
@RequestMapping("/console/certification")
class CertificationDeskPage {
    private final ExamOffice exams;
    private final CertificateRegistry registry;
    private final ServiceDesk desk;
    private final CurrentActor actor;

    CertificationDeskPage(ExamOffice exams, CertificateRegistry registry, ServiceDesk desk, CurrentActor actor) {
        this.exams = exams;
        this.registry = registry;
        this.desk = desk;
        this.actor = actor;
    }

    /** A session as the list shows it, with its registrations counted by state. */
    record SessionRow(ExamSession session, long registered, long eligible, long seated, long passed) {}

    /** A new session as typed. */
    record SessionForm(
            @Nullable String code,
            @Nullable String title,
            @Nullable String examDate,
            @Nullable String venue,
            @Nullable String capacity,
            @Nullable String registrationOpens,
            @Nullable String registrationCloses,
            @Nullable String passMark,
            @Nullable String mcWeight) {

        static SessionForm empty() {
            return new SessionForm(null, null, null, null, "100", null, null, "60", "0.5");
        }
    }

    /** A registration as the session page lists it: its certificate once issued. */
    record CandidateRow(Candidate candidate, @Nullable Certificate certificate) {}

    /** A refusal on one row (or, with a null id, on the whole session), shown where it happened. */
    record Refusal(@Nullable UUID id, String message) {}

    @GetMapping
    String sessions(Model model) {
        return sessionsPage(model, SessionForm.empty(), FieldErrors.none());
    }

    @PostMapping("/sessions")
    String schedule(@ModelAttribute SessionForm form, Model model) {
        try {
            ExamSession s = exams.schedule(
                    actor.get(),
                    new ExamOffice.NewSession(
                            form.code(),
                            form.title(),
                            FormValues.date(form.examDate(), "examDate"),
                            form.venue(),
                            FormValues.integer(form.capacity(), "capacity"),
                            FormValues.date(form.registrationOpens(), "registrationOpens"),
                            FormValues.date(form.registrationCloses(), "registrationCloses"),
                            FormValues.decimal(form.passMark(), "passMark"),
                            FormValues.decimal(form.mcWeight(), "mcWeight")));
            return "redirect:/console/certification/sessions/" + s.id();
        } catch (InvalidInputException e) {
            return sessionsPage(model, form, FieldErrors.of(e));
        }
    }

    private String sessionsPage(Model model, SessionForm form, FieldErrors errors) {
        Actor a = actor.get();
        CertificationAccess.staff(a); // the desk is the training centre's, also while it has no session yet
        List<SessionRow> rows = new ArrayList<>();
        for (ExamSession s : exams.sessions(a)) {
            List<Candidate> cs = exams.candidates(a, s.id());
            rows.add(new SessionRow(
                    s,
                    cs.size(),
                    cs.stream()
                            .filter(c -> c.status() == Candidate.Status.ELIGIBLE)
                            .count(),
                    cs.stream().filter(c -> c.status() == Candidate.Status.PAID).count(),
                    cs.stream().filter(c -> Boolean.TRUE.equals(c.passed())).count()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "certification/desk-sessions";
    }

    // --- one session ------------------------------------------------------------------------

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        return sessionPage(model, id, null, FieldErrors.none());
    }

    @PostMapping("/candidates/{id}/payment")
    String payment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reference, Model model) {
        Candidate c = exams.candidate(actor.get(), id);
        try {
            exams.confirmPayment(actor.get(), id, reference);
            return "redirect:/console/certification/sessions/" + c.sessionId() + "#candidate-" + id;
        } catch (InvalidInputException | StateConflictException e) {
            return sessionPage(model, c.sessionId(), new Refusal(id, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    @PostMapping("/candidates/{id}/attendance")
    String attendance(@PathVariable UUID id, @RequestParam boolean attended, Model model) {
        Candidate c = exams.candidate(actor.get(), id);
        try {
            exams.attendance(actor.get(), id, attended);
            return "redirect:/console/certification/sessions/" + c.sessionId() + "#candidate-" + id;
        } catch (StateConflictException e) {
            return sessionPage(model, c.sessionId(), new Refusal(id, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    /**
     * The score sheet: one multiple-choice and one essay field per seated candidate, named by the
     * candidate's id; only rows with a score typed are sent to the rules.
     */
    @PostMapping("/sessions/{id}/scores")
    String scores(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model) {
        List<ExamOffice.Score> scores = new ArrayList<>();
        List<UUID> rowOf = new ArrayList<>();
        try {
            for (Candidate c : exams.candidates(actor.get(), id)) {
                String mc = fields.get("mc-" + c.id());
                String essay = fields.get("essay-" + c.id());
                if ((mc == null || mc.isBlank()) && (essay == null || essay.isBlank())) {
                    continue;
                }
                String at = "scores[" + scores.size() + "]";
                rowOf.add(c.id());
                scores.add(new ExamOffice.Score(
                        c.id(),
                        FormValues.decimal(mc, at + ".multipleChoice"),
                        FormValues.decimal(essay, at + ".essay")));
            }
            exams.scores(actor.get(), id, scores);
            return "redirect:/console/certification/sessions/" + id + "?scored";
        } catch (InvalidInputException e) {
            model.addAttribute("typed", fields); // what was typed stays in the sheet
            return sessionPage(model, id, null, scoreErrors(e, rowOf));
        } catch (StateConflictException e) {
            return sessionPage(model, id, new Refusal(null, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    /** The rules name a score {@code scores[2].essay}; the sheet's field is {@code essay-<candidate>}. */
    private static FieldErrors scoreErrors(InvalidInputException e, List<UUID> rowOf) {
        String f = e.field();
        if (f.startsWith("scores[")) {
            int end = f.indexOf(']');
            int row = Integer.parseInt(f.substring(7, end));
            String part = f.endsWith(".essay") ? "essay-" : "mc-";
            if (row < rowOf.size()) {
                return FieldErrors.none().add(part + rowOf.get(row), FieldErrors.reason(e));
            }
        }
        return FieldErrors.of(e);
    }

    /** The marking team's sheet as a CSV file: seat_number, multiple_choice, essay. */
    @PostMapping("/sessions/{id}/scores.csv")
    String scoresCsv(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose the marking team's CSV file");
            }
            exams.scoresCsv(actor.get(), id, new String(file.getBytes(), StandardCharsets.UTF_8));
            return "redirect:/console/certification/sessions/" + id + "?scored";
        } catch (InvalidInputException e) {
            return sessionPage(model, id, null, FieldErrors.of(e));
        } catch (StateConflictException e) {
            return sessionPage(model, id, new Refusal(null, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    @PostMapping("/sessions/{id}/publish")
    String publish(@PathVariable UUID id, Model model) {
        try {
            exams.publish(actor.get(), id);
            return "redirect:/console/certification/sessions/" + id + "?published";
        } catch (StateConflictException e) {
            return sessionPage(model, id, new Refusal(null, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    @PostMapping("/sessions/{id}/certificates")
    String issue(@PathVariable UUID id, Model model) {
        try {
            registry.issue(actor.get(), id);
            return "redirect:/console/certification/sessions/" + id + "?issued";
        } catch (StateConflictException e) {
            return sessionPage(model, id, new Refusal(null, RefusalTexts.of(e)), FieldErrors.none());
        }
    }

    private String sessionPage(Model model, UUID id, @Nullable Refusal refusal, FieldErrors errors) {
        Actor a = actor.get();
        ExamSession s = exams.session(a, id);
        List<CandidateRow> rows = exams.candidates(a, id).stream()
                .map(c -> new CandidateRow(c, registry.forCandidate(c.id()).orElse(null)))
                .toList();
        model.addAttribute("examSession", s);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        model.addAttribute("examHeld", !desk.today().isBefore(s.examDate()));
        model.addAttribute("published", s.resultsPublishedAt() != null);
        model.addAttribute("signs", a.has(Role.CERTIFICATION_HEAD));
        model.addAttribute("issued", rows.stream().anyMatch(r -> r.certificate() != null));
        return "certification/desk-session";
    }

    // --- one registration -------------------------------------------------------------------

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable UUID id, Model model) {
        return candidatePage(model, id, FieldErrors.none());
    }

    /** The eligibility check: eligible, or rejected with the reason the applicant will read. */
    @PostMapping("/candidates/{id}/check")
    String check(
            @PathVariable UUID id,
            @RequestParam boolean eligible,
            @RequestParam(required = false) @Nullable String reason,
            Model model) {
        try {
            Candidate c = exams.check(actor.get(), id, eligible, reason);
            return "redirect:/console/certification/sessions/" + c.sessionId() + "#candidate-" + id;
        } catch (InvalidInputException e) {
            return candidatePage(model, id, FieldErrors.of(e));
        } catch (StateConflictException e) {
            return candidatePage(model, id, FieldErrors.none().add("check", RefusalTexts.of(e)));
        }
    }

    private String candidatePage(Model model, UUID id, FieldErrors errors) {
        Candidate c = exams.candidate(actor.get(), id);
        model.addAttribute("candidate", c);
        model.addAttribute("examSession", exams.session(c.sessionId()));
        model.addAttribute("documents", documentsOf(c));
        model.addAttribute("errors", errors);
        return "certification/desk-candidate";
    }

    /** A document with whether the browser shows it as an image or embeds it as a PDF. */
    record DocumentView(String kind, boolean image) {}

    private List<DocumentView> documentsOf(Candidate c) {
        return exams.documentTypes(actor.get(), c.id()).entrySet().stream()
                .map(d -> new DocumentView(d.getKey(), d.getValue().startsWith("image/")))
                .toList();
    }

    /**
     * A registration document shown inside the candidate's page: served inline as its checked type
     * (PDF, JPEG or PNG); the security set-up lets Rantai's own pages, and only those, frame it.
     */
    @GetMapping("/candidates/{id}/documents/{kind}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable String kind) {
        ExamOffice.Document d = exams.document(actor.get(), id, kind);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(kind.toLowerCase(java.util.Locale.ROOT) + extension(d.contentType()))
                                .build()
                                .toString())
                .body(new InputStreamResource(d.content()));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }
}
