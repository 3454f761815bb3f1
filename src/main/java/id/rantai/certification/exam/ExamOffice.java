package id.rantai.certification.exam;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.ApplicantDocuments;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.ExamResultsPublished;
import id.rantai.certification.Tokens;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import id.rantai.shared.csv.CsvReader;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions and their candidates: scheduling, registration with the required documents, the
 * staff's eligibility and completeness check, payment, seat numbers, attendance, scores and the
 * publication of results.
 */
@Service
public class ExamOffice {
    /** The documents a registration must carry: identity card, diploma, photograph. */
    public static final List<String> REQUIRED_DOCUMENTS = List.of("KTP", "IJAZAH", "PAS_FOTO");

    private final JdbcExams exams;
    private final FileStore files;
    private final ServiceDesk desk;
    private final AuditTrail audit;
    private final CandidateMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExamOffice(
            JdbcExams exams,
            FileStore files,
            ServiceDesk desk,
            AuditTrail audit,
            CandidateMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.exams = exams;
        this.files = files;
        this.desk = desk;
        this.audit = audit;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    public record NewSession(
            @Size(max = 32) @Nullable String code,
            @Size(max = 200) @Nullable String title,
            @Nullable LocalDate examDate,
            @Size(max = 300) @Nullable String venue,
            @Nullable Integer capacity,
            @Nullable LocalDate registrationOpens,
            @Nullable LocalDate registrationCloses,
            @Nullable Double passMark,
            @Nullable Double mcWeight) {}

    public record Registration(
            @Nullable String fullName,
            @Nullable String nationalId,
            @Nullable String birthPlace,
            @Nullable LocalDate birthDate,
            @Nullable String email,
            @Nullable String language) {}

    public record Upload(String kind, InputStream content) {}

    /** What a candidate receives once: the token with which they follow their registration. */
    public record Registered(UUID candidateId, String accessToken, LocalDate checkDueOn) {}

    public record Score(
            @Nullable UUID candidateId,
            @Nullable Double multipleChoice,
            @Nullable Double essay) {}

    @Transactional
    public ExamSession schedule(Actor actor, NewSession n) {
        UUID centre = CertificationAccess.centreOf(actor);
        if (n.code() == null || !n.code().matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            throw new InvalidInputException(
                    "code", "must be 2-32 upper-case letters, digits or dashes, e.g. SAK-2026-II");
        }
        if (exams.codeExists(centre, n.code())) {
            throw InvalidInputException.worded("code", "sessionExists", n.code());
        }
        if (n.title() == null
                || n.title().isBlank()
                || n.venue() == null
                || n.venue().isBlank()) {
            throw new InvalidInputException(
                    n.title() == null || n.title().isBlank() ? "title" : "venue", "is required");
        }
        if (n.examDate() == null || n.registrationOpens() == null || n.registrationCloses() == null) {
            throw new InvalidInputException(
                    n.examDate() == null
                            ? "examDate"
                            : n.registrationOpens() == null ? "registrationOpens" : "registrationCloses",
                    "is required");
        }
        if (n.registrationCloses().isBefore(n.registrationOpens())) {
            throw new InvalidInputException("registrationCloses", "is before registrationOpens");
        }
        if (!n.registrationCloses().isBefore(n.examDate())) {
            throw new InvalidInputException("registrationCloses", "must be before the exam date");
        }
        if (n.capacity() == null || n.capacity() < 1 || n.capacity() > 10_000) {
            throw InvalidInputException.worded("capacity", "between", 1, 10000);
        }
        double passMark = n.passMark() == null ? 60 : n.passMark();
        double weight = n.mcWeight() == null ? 0.5 : n.mcWeight();
        if (passMark < 0 || passMark > 100) {
            throw new InvalidInputException("passMark", "must be between 0 and 100");
        }
        if (weight < 0 || weight > 1) {
            throw new InvalidInputException("mcWeight", "must be between 0 and 1 (the essay part weighs the rest)");
        }
        ExamSession s = new ExamSession(
                UUID.randomUUID(),
                centre,
                n.code(),
                n.title().trim(),
                n.examDate(),
                n.venue().trim(),
                n.capacity(),
                n.registrationOpens(),
                n.registrationCloses(),
                passMark,
                weight,
                null,
                clock.instant());
        exams.insert(s, actor.userId());
        record(actor, "EXAM_SESSION_SCHEDULED", s.id(), s.code());
        return s;
    }

    /** Every centre's sessions: what the public registration page and the reminders go through. */
    public List<ExamSession> sessions() {
        return exams.sessions();
    }

    /** The sessions of the actor's own training centre (every centre's for the administrator). */
    public List<ExamSession> sessions(Actor actor) {
        UUID centre = CertificationAccess.scopeOf(actor);
        return centre == null ? exams.sessions() : exams.sessions(centre);
    }

    public ExamSession session(UUID id) {
        return exams.session(id).orElseThrow(() -> new NotFoundException("Exam session", id));
    }

    /** A session of the actor's own training centre; another centre's is not found. */
    public ExamSession session(Actor actor, UUID id) {
        ExamSession s = session(id);
        CertificationAccess.requireOwn(actor, s.trainingCentreId(), "Exam session", id);
        return s;
    }

    /** A candidate of one of the actor's own centre's sessions; another centre's is not found. */
    public Candidate candidate(Actor actor, UUID id) {
        Candidate c = candidate(id);
        CertificationAccess.requireOwn(actor, session(c.sessionId()).trainingCentreId(), "Candidate", id);
        return c;
    }

    /** A public registration: within the window, while seats remain, with every required document. */
    @Transactional
    public Registered register(UUID sessionId, Registration r, Map<String, Upload> documents) {
        exams.lock(sessionId);
        ExamSession s = exams.session(sessionId).orElseThrow(() -> new NotFoundException("Exam session", sessionId));
        LocalDate today = desk.today();
        if (!s.registrationOpenOn(today)) {
            throw InvalidInputException.worded(
                    "sessionId", "registrationWindow", s.code(), s.registrationOpens(), s.registrationCloses());
        }
        if (exams.occupied(sessionId) >= s.capacity()) {
            throw StateConflictException.worded("FULL", "sessionFull", s.code(), s.capacity());
        }
        String name = Inputs.requiredText(r.fullName(), "fullName", 200);
        if (r.nationalId() == null || !r.nationalId().matches("\\d{16}")) {
            throw InvalidInputException.worded("nationalId", "nik");
        }
        String place = Inputs.requiredText(r.birthPlace(), "birthPlace", 100);
        if (r.birthDate() == null || r.birthDate().isAfter(today.minusYears(17))) {
            throw new InvalidInputException("birthDate", "is required; candidates are at least 17");
        }
        if (!Inputs.isEmail(r.email())) {
            throw InvalidInputException.worded("email", "notEmail");
        }
        if (exams.candidates(sessionId).stream().anyMatch(c -> c.nationalId().equals(r.nationalId()))) {
            throw new InvalidInputException("nationalId", "is already registered for this session");
        }
        for (String kind : REQUIRED_DOCUMENTS) {
            if (!documents.containsKey(kind)) {
                throw new InvalidInputException("documents." + kind, "is required (PDF, JPEG or PNG)");
            }
        }
        Candidate c = new Candidate(
                UUID.randomUUID(),
                sessionId,
                name,
                r.nationalId(),
                place,
                r.birthDate(),
                r.email().trim().toLowerCase(Locale.ROOT),
                Candidate.Status.REGISTERED,
                /* seatNumber= */ null,
                /* rejectionReason= */ null,
                clock.instant(),
                /* paymentReference= */ null,
                /* attended= */ null,
                /* mcScore= */ null,
                /* essayScore= */ null,
                /* finalScore= */ null,
                /* passed= */ null,
                /* version= */ 0);
        String token = Tokens.next();
        exams.insert(c, Tokens.hash(token));
        for (String kind : REQUIRED_DOCUMENTS) {
            StoredFile f = store(documents.get(kind).content(), "documents." + kind);
            exams.document(c.id(), kind, f.sha256(), f.contentType(), f.sizeBytes());
        }
        LocalDate due = desk.start(s.trainingCentreId(), CaseType.REGISTRATION_CHECK, c.id());
        audit.record(new AuditRecord(
                clock.instant(), null, r.email(), null, "EXAM_REGISTERED", "Candidate", c.id(), s.code()));
        mail.remember(c.id(), r.language());
        mail.registered(c, s, token, due);
        return new Registered(c.id(), token, due);
    }

    /** The staff's check of eligibility and completeness: eligible, or rejected with the reason. */
    @Transactional
    public Candidate check(Actor actor, UUID candidateId, boolean eligible, @Nullable String reason) {
        Candidate c = candidate(actor, candidateId);
        if (c.status() != Candidate.Status.REGISTERED) {
            throw StateConflictException.worded(
                    c.status().name(),
                    "registrationChecked",
                    Wording.label("desk.candidate.state." + c.status().name()));
        }
        if (!eligible && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "is required when a registration is rejected");
        }
        Candidate checked = c.withProgress(
                eligible ? Candidate.Status.ELIGIBLE : Candidate.Status.REJECTED,
                null,
                eligible ? null : reason.trim(),
                null);
        exams.update(checked, actor.userId(), clock.instant(), null);
        desk.complete(CaseType.REGISTRATION_CHECK, c.id());
        record(actor, eligible ? "EXAM_REGISTRATION_ELIGIBLE" : "EXAM_REGISTRATION_REJECTED", c.id(), reason);
        mail.checked(checked, session(c.sessionId()));
        return checked;
    }

    /** Payment confirmed: the candidate gets the next seat number. */
    @Transactional
    public Candidate confirmPayment(Actor actor, UUID candidateId, @Nullable String reference) {
        Candidate c = candidate(actor, candidateId);
        if (c.status() != Candidate.Status.ELIGIBLE) {
            throw StateConflictException.worded(
                    c.status().name(),
                    "paymentNotEligible",
                    Wording.label("desk.candidate.state." + c.status().name()));
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidInputException("reference", "is required: the payment's reference (e.g. NTPN)");
        }
        exams.lock(c.sessionId());
        ExamSession s = session(c.sessionId());
        String seat = String.format(Locale.ROOT, "%s-%03d", s.code(), exams.seatsGiven(s.id()) + 1);
        Candidate paid = c.withProgress(Candidate.Status.PAID, seat, null, reference.trim());
        exams.update(paid, null, null, clock.instant());
        record(actor, "EXAM_PAYMENT_CONFIRMED", c.id(), seat);
        return paid;
    }

    @Transactional
    public Candidate attendance(Actor actor, UUID candidateId, boolean attended) {
        Candidate c = candidate(actor, candidateId);
        if (c.status() != Candidate.Status.PAID) {
            throw StateConflictException.worded(
                    c.status().name(),
                    "notSeated",
                    Wording.label("desk.candidate.state." + c.status().name()));
        }
        requireHeld(session(c.sessionId()));
        Candidate marked = c.withExam(attended, c.mcScore(), c.essayScore(), c.finalScore(), c.passed());
        exams.update(marked, null, null, null);
        return marked;
    }

    /** Scores of both parts per candidate; every candidate named must be seated in this session. */
    @Transactional
    public List<Candidate> scores(Actor actor, UUID sessionId, @Nullable List<Score> scores) {
        ExamSession s = session(actor, sessionId);
        if (s.resultsPublishedAt() != null) {
            throw StateConflictException.worded("PUBLISHED", "resultsFinal", s.code());
        }
        requireHeld(s);
        if (scores == null || scores.isEmpty()) {
            throw new InvalidInputException("scores", "name at least one candidate");
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Score sc = scores.get(i);
            String at = "scores[" + i + "]";
            Candidate c = sc.candidateId() == null
                    ? null
                    : exams.candidate(sc.candidateId())
                            .filter(x -> x.sessionId().equals(sessionId))
                            .orElse(null);
            if (c == null || c.status() != Candidate.Status.PAID) {
                throw InvalidInputException.worded(at + ".candidateId", "notSeatedIn", s.code());
            }
            if (!Boolean.TRUE.equals(c.attended())) {
                throw new InvalidInputException(at + ".candidateId", "did not attend the exam");
            }
            double mc = score(sc.multipleChoice(), at + ".multipleChoice"), essay = score(sc.essay(), at + ".essay");
            double finalScore = s.finalScore(mc, essay);
            Candidate scored = c.withExam(c.attended(), mc, essay, finalScore, finalScore >= s.passMark());
            exams.update(scored, null, null, null);
            out.add(scored);
        }
        record(actor, "EXAM_SCORES_ENTERED", sessionId, scores.size() + " candidates");
        return out;
    }

    /**
     * Scores imported from the marking team's sheet: CSV with {@code seat_number}, {@code multiple_choice}
     * and {@code essay}. All rows are checked before any is written; a wrong row refuses the file,
     * naming its line.
     */
    @Transactional
    public List<Candidate> scoresCsv(Actor actor, UUID sessionId, String csv) {
        session(actor, sessionId);
        Map<String, Candidate> bySeat = new java.util.HashMap<>();
        exams.candidates(sessionId).stream()
                .filter(c -> c.seatNumber() != null)
                .forEach(c -> bySeat.put(c.seatNumber(), c));
        List<Score> scores = new ArrayList<>();
        for (CsvReader.Row row : CsvReader.read(
                csv,
                Set.of("seat_number", "multiple_choice", "essay"),
                Set.of("seat_number", "multiple_choice", "essay"),
                10_000)) {
            Candidate c = bySeat.get(row.get("seat_number"));
            if (c == null) {
                throw InvalidInputException.worded(
                        "file", "unknownSeat", String.valueOf(row.line()), row.get("seat_number"));
            }
            try {
                scores.add(new Score(
                        c.id(), Double.valueOf(row.get("multiple_choice")), Double.valueOf(row.get("essay"))));
            } catch (NumberFormatException e) {
                throw InvalidInputException.worded("file", "scoresNotNumbers", String.valueOf(row.line()));
            }
        }
        return scores(actor, sessionId, scores);
    }

    /** Results become visible to candidates; the results case closes and each pass starts a certificate case. */
    @Transactional
    public ExamSession publish(Actor actor, UUID sessionId) {
        ExamSession s = session(actor, sessionId);
        if (s.resultsPublishedAt() != null) {
            throw StateConflictException.worded("PUBLISHED", "resultsPublished", s.code());
        }
        requireHeld(s);
        List<Candidate> seated = exams.candidates(sessionId).stream()
                .filter(c -> Boolean.TRUE.equals(c.attended()))
                .toList();
        List<String> missing = seated.stream()
                .filter(c -> c.finalScore() == null)
                .map(Candidate::seatNumber)
                .toList();
        if (!missing.isEmpty()) {
            throw StateConflictException.worded("SCORES_MISSING", "scoresMissing", String.join(", ", missing));
        }
        exams.publish(sessionId, clock.instant());
        desk.start(s.trainingCentreId(), CaseType.RESULTS, sessionId, s.examDate());
        desk.complete(CaseType.RESULTS, sessionId);
        for (Candidate c : seated) {
            if (Boolean.TRUE.equals(c.passed())) {
                desk.start(s.trainingCentreId(), CaseType.CERTIFICATE_ISSUE, c.id());
            }
            mail.resultPublished(c, s);
        }
        record(actor, "EXAM_RESULTS_PUBLISHED", sessionId, s.code());
        events.publishEvent(new ExamResultsPublished(
                sessionId,
                s.trainingCentreId(),
                s.code(),
                s.examDate(),
                seated.size(),
                (int) seated.stream()
                        .filter(c -> Boolean.TRUE.equals(c.passed()))
                        .count(),
                clock.instant()));
        return session(sessionId);
    }

    public List<Candidate> candidates(Actor actor, UUID sessionId) {
        session(actor, sessionId);
        return exams.candidates(sessionId);
    }

    /**
     * Where a candidate's survey of one of their two services stands. The exam service is rated, as
     * seed 002 says, "ketika lulus dan mengambil sertifikat": its survey opens only with the
     * certificate's, once the candidate has passed and their certificate is issued — not when the
     * registration is checked, when nobody knows yet how the exam went.
     */
    public ServiceDesk.SurveyState surveyState(Candidate c, CaseType type) {
        if (type != CaseType.REGISTRATION_CHECK && type != CaseType.CERTIFICATE_ISSUE) {
            throw new InvalidInputException("caseType", "must be REGISTRATION_CHECK or CERTIFICATE_ISSUE");
        }
        if (type == CaseType.REGISTRATION_CHECK
                && desk.surveyState(CaseType.CERTIFICATE_ISSUE, c.id()) == ServiceDesk.SurveyState.NOT_YET) {
            return ServiceDesk.SurveyState.NOT_YET;
        }
        return desk.surveyState(type, c.id());
    }

    /** A candidate's answer to the survey of the exam or the certificate service, once it is open. */
    @Transactional
    public void answerSurvey(
            Candidate c,
            CaseType type,
            @Nullable Integer satisfaction,
            @Nullable List<Integer> elements,
            @Nullable String comment) {
        ServiceDesk.SurveyState state = surveyState(c, type);
        if (state == ServiceDesk.SurveyState.NOT_YET) {
            throw StateConflictException.worded(state.name(), "survey.NOT_YET");
        }
        desk.answer(type, c.id(), satisfaction, elements, comment);
    }

    public Candidate candidate(UUID id) {
        return exams.candidate(id).orElseThrow(() -> new NotFoundException("Candidate", id));
    }

    public List<String> documents(UUID candidateId) {
        return exams.documents(candidateId);
    }

    /** The documents of a registration by kind, each with the content type found at upload, for the staff's check. */
    public Map<String, String> documentTypes(Actor actor, UUID candidateId) {
        candidate(actor, candidateId);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String kind : exams.documents(candidateId)) {
            exams.document(candidateId, kind).ifPresent(d -> out.put(kind, d.contentType()));
        }
        return out;
    }

    /** A registration document for the staff's check: its type and bytes. */
    public record Document(String contentType, long sizeBytes, InputStream content) {}

    public Document document(Actor actor, UUID candidateId, String kind) {
        candidate(actor, candidateId);
        var d = exams.document(candidateId, kind).orElseThrow(() -> new NotFoundException("Document", kind));
        try {
            return new Document(d.contentType(), d.sizeBytes(), files.open(d.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidate's own view, by the token they received at registration. */
    /**
     * Attendance, scores, results and certificates follow the exam: none is recorded before its
     * day (in the training centre's zone), so no result can count as delivered on time before it exists.
     */
    public void requireHeld(ExamSession s) {
        if (desk.today().isBefore(s.examDate())) {
            throw StateConflictException.worded("NOT_HELD", "examNotHeld", s.code(), s.examDate());
        }
    }

    public Candidate byToken(String token) {
        return exams.byToken(Tokens.hash(Tokens.normalise(token)))
                .orElseThrow(() -> new NotFoundException("Registration", "token"));
    }

    private StoredFile store(InputStream in, String field) {
        return ApplicantDocuments.store(files, in, field);
    }

    private static double score(@Nullable Double v, String field) {
        if (v == null || v < 0 || v > 100 || v.isNaN()) {
            throw new InvalidInputException(field, "must be between 0 and 100");
        }
        return v;
    }

    private void record(Actor actor, String action, UUID id, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "Certification", id, details));
    }
}
