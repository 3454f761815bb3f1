package id.rantai.certification.request;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.certification.ApplicantDocuments;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.Tokens;
import id.rantai.certification.TrainingCentres;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.ExpectedVersion;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Legalization, correction and lost-certificate requests, from the holder's application to the signed result. */
@Service
public class AfterServices {
    private final JdbcRequests requests;
    private final CertificateRegistry registry;
    private final ServiceDesk desk;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final RequestMail mail;
    private final Clock clock;
    private final FileStore files;
    private final TrainingCentres centres;

    /** The applicant's identity document: required for a legalization (seed 002) and a database input. */
    public static final String IDENTITY = "identity";

    /** A scan of the certificate to enter, for a database input. */
    public static final String CERTIFICATE_SCAN = "certificate";

    AfterServices(
            JdbcRequests requests,
            CertificateRegistry registry,
            ServiceDesk desk,
            JsonMapper json,
            AuditTrail audit,
            RequestMail mail,
            Clock clock,
            FileStore files,
            TrainingCentres centres) {
        this.requests = requests;
        this.registry = registry;
        this.desk = desk;
        this.json = json;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.files = files;
        this.centres = centres;
    }

    /** The certificate to enter into the database (service 6), besides its number and the holder's NIK. */
    public record DatabaseEntry(
            @Size(max = 200) @Nullable String holderName,
            @Size(max = 100) @Nullable String birthPlace,
            @Nullable LocalDate birthDate,
            @Nullable Integer examYear,
            @Nullable LocalDate issuedOn) {}

    /** Corrected data for a ralat: only the fields to change. */
    public record Correction(
            @Size(max = 200) @Nullable String holderName,
            @Size(max = 16) @Nullable String nationalId,
            @Size(max = 100) @Nullable String birthPlace,
            @Nullable LocalDate birthDate) {}

    public record Application(
            CertificateRequest.@Nullable Kind kind,
            @Size(max = 64) @Nullable String certificateNumber,
            @Size(max = 16) @Nullable String nationalId,
            @Size(max = 200) @Nullable String applicantName,
            @Size(max = 254) @Nullable String applicantEmail,
            @Size(max = 2000) @Nullable String explanation,
            @Nullable Integer copies,
            @Valid @Nullable Correction correction,
            @Valid @Nullable DatabaseEntry entry,

            @Schema(allowableValues = {"id", "en"}) @Nullable
            String language,
            /* The training centre a database input goes to; the certificate's decides every other kind. */
            @Nullable UUID trainingCentreId) {}

    public record Submitted(UUID requestId, String accessToken, LocalDate dueOn) {}

    /** What the applicant sees by their token. */
    public record Status(
            CertificateRequest.Kind kind,
            CertificateRequest.State state,
            LocalDate dueOn,
            @Nullable String letterNumber,
            @Nullable String decisionNote,
            @Nullable String newCertificateNumber,
            List<String> legalizedCopyCodes,
            boolean surveyOpen) {}

    /**
     * A request, with its documents by kind ({@link #IDENTITY}, {@link #CERTIFICATE_SCAN}; PDF, JPEG or
     * PNG up to 5 MB): a legalization needs the applicant's identity, a database input the identity and
     * a scan of the certificate; a correction or a loss may bring them to the interview.
     */
    @Transactional
    public Submitted submit(Application a, Map<String, InputStream> documents) {
        if (a.kind() == null) {
            throw InvalidInputException.worded(
                    "kind", "oneOf", "LEGALIZATION, CORRECTION, LOST_CERTIFICATE, DATABASE_INPUT");
        }
        Certificate c = null;
        String number;
        UUID centre;
        if (a.kind() == CertificateRequest.Kind.DATABASE_INPUT) {
            centre = centres.addressed(a.trainingCentreId(), "trainingCentreId");
            number = Inputs.requiredText(a.certificateNumber(), "certificateNumber", 64);
            if (registry.byNumber(number).isPresent()) {
                throw InvalidInputException.worded("certificateNumber", "certificateExists", number);
            }
            if (a.nationalId() == null || !a.nationalId().matches("\\d{16}")) {
                throw InvalidInputException.worded("nationalId", "nik");
            }
        } else {
            // Unknown number and wrong NIK get the same answer: the form must not tell who holds what.
            c = a.certificateNumber() == null
                    ? null
                    : registry.byNumber(a.certificateNumber().trim())
                            .filter(x -> x.nationalId().equals(a.nationalId()))
                            .orElse(null);
            if (c == null) {
                throw new InvalidInputException(
                        "certificateNumber", "and nationalId do not match a certificate in the database");
            }
            if (c.status() != Certificate.Status.VALID) {
                throw StateConflictException.worded(
                        c.status().name(),
                        "certificateNotValid",
                        c.number(),
                        Wording.label("certificate.status." + c.status().name()));
            }
            number = c.number();
            centre = c.trainingCentreId();
        }
        List<String> required = switch (a.kind()) {
            case LEGALIZATION -> List.of(IDENTITY);
            case DATABASE_INPUT -> List.of(IDENTITY, CERTIFICATE_SCAN);
            case CORRECTION, LOST_CERTIFICATE -> List.of();
        };
        for (String kind : required) {
            if (!documents.containsKey(kind)) {
                throw InvalidInputException.worded("documents." + kind, "documentRequired");
            }
        }
        for (String kind : documents.keySet()) {
            if (!kind.equals(IDENTITY) && !kind.equals(CERTIFICATE_SCAN)) {
                throw InvalidInputException.worded("documents." + kind, "oneOf", IDENTITY + ", " + CERTIFICATE_SCAN);
            }
        }
        String name = Inputs.requiredText(a.applicantName(), "applicantName", 200);
        if (!Inputs.isEmail(a.applicantEmail())) {
            throw InvalidInputException.worded("applicantEmail", "notEmail");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("explanation", Inputs.requiredText(a.explanation(), "explanation", 2000));
        Integer copies = null;
        switch (a.kind()) {
            case LEGALIZATION -> {
                if (a.copies() == null || a.copies() < 1 || a.copies() > 10) {
                    throw InvalidInputException.worded("copies", "between", 1, 10);
                }
                copies = a.copies();
            }
            case CORRECTION -> {
                Correction k = a.correction();
                if (k == null
                        || (k.holderName() == null
                                && k.nationalId() == null
                                && k.birthPlace() == null
                                && k.birthDate() == null)) {
                    throw new InvalidInputException("correction", "name at least one field to correct");
                }
                if (k.nationalId() != null && !k.nationalId().matches("\\d{16}")) {
                    throw InvalidInputException.worded("correction.nationalId", "nik");
                }
                details.put("correction", k);
            }
            case LOST_CERTIFICATE -> {}
            case DATABASE_INPUT -> details.put("entry", databaseEntry(a));
        }
        CaseType type = CaseType.valueOf(a.kind().name());
        UUID id = UUID.randomUUID();
        LocalDate due = desk.start(centre, type, id);
        CertificateRequest r = new CertificateRequest(
                id,
                centre,
                a.kind(),
                c == null ? null : c.id(),
                name,
                a.applicantEmail().trim().toLowerCase(Locale.ROOT),
                json.writeValueAsString(details),
                copies,
                CertificateRequest.State.SUBMITTED,
                clock.instant(),
                due,
                /* verifiedBy= */ null,
                /* verifiedAt= */ null,
                /* interviewRecord= */ null,
                /* decidedBy= */ null,
                /* decidedAt= */ null,
                /* decisionNote= */ null,
                /* letterNumber= */ null,
                /* completedAt= */ null,
                /* version= */ 0);
        String token = Tokens.next();
        requests.insert(r, Tokens.hash(token));
        for (Map.Entry<String, InputStream> d : documents.entrySet()) {
            StoredFile f = store(d.getValue(), "documents." + d.getKey());
            requests.document(id, d.getKey(), f.sha256(), f.contentType(), f.sizeBytes());
        }
        audit.record(new AuditRecord(
                clock.instant(),
                null,
                r.applicantEmail(),
                null,
                "CERT_REQUEST_SUBMITTED",
                "CertificateRequest",
                id,
                a.kind() + " " + number));
        mail.remember(id, a.language());
        mail.submitted(r, number, token);
        return new Submitted(id, token, due);
    }

    /** First layer: an officer verifies identity and data; for a correction or a loss, in a recorded interview. */
    @Transactional
    public CertificateRequest verify(
            Actor actor, UUID id, boolean confirmed, @Nullable String interviewRecord, @Nullable String note) {
        CertificateRequest r = get(actor, id);
        if (r.state() != CertificateRequest.State.SUBMITTED) {
            throw StateConflictException.worded(
                    r.state().name(),
                    "requestIs",
                    Wording.label("public.request.state." + r.state().name()));
        }
        // A correction or a loss is settled in an interview; a legalization or a database input on the documents.
        boolean interview =
                r.kind() == CertificateRequest.Kind.CORRECTION || r.kind() == CertificateRequest.Kind.LOST_CERTIFICATE;
        if (interview && (interviewRecord == null || interviewRecord.isBlank())) {
            throw new InvalidInputException(
                    "interviewRecord", "is required: the Berita Acara wawancara of the interview");
        }
        if (!confirmed && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "is required when a request is turned down");
        }
        Instant now = clock.instant();
        CertificateRequest v = r.verified(
                confirmed,
                actor.userId(),
                now,
                interview ? interviewRecord.trim() : null,
                confirmed ? null : note.trim());
        requests.update(v);
        if (!confirmed) {
            desk.complete(CaseType.valueOf(r.kind().name()), r.id());
            mail.closed(v);
        }
        record(actor, confirmed ? "CERT_REQUEST_VERIFIED" : "CERT_REQUEST_REJECTED", id, note);
        return v;
    }

    /** Second layer: the head — never the officer who verified — approves and signs, and the service is delivered. */
    @Transactional
    public CertificateRequest sign(Actor actor, UUID id, @Nullable String note) {
        CertificationAccess.head(actor);
        CertificateRequest r = get(actor, id);
        if (r.state() != CertificateRequest.State.VERIFIED) {
            throw StateConflictException.worded(
                    r.state().name(),
                    "requestNotVerified",
                    Wording.label("public.request.state." + r.state().name()));
        }
        if (actor.userId().equals(r.verifiedBy())) {
            throw new StateConflictException(
                    "The head who signs must not be the officer who verified: two layers, two people",
                    r.state().name());
        }
        Instant now = clock.instant();
        if (r.kind() == CertificateRequest.Kind.DATABASE_INPUT) {
            return enterFromRequest(actor, r, now, note);
        }
        Certificate original = registry.get(r.certificateId());
        String letter;
        switch (r.kind()) {
            case LEGALIZATION -> {
                letter = letterNumber("LEG");
                for (int i = 1; i <= r.copies(); i++) {
                    requests.copy(UUID.randomUUID(), r.id(), original.id(), i, Tokens.next(), actor.userId(), now);
                }
            }
            case CORRECTION -> {
                letter = letterNumber("SKR");
                Correction k = json.treeToValue(json.readTree(r.details()).get("correction"), Correction.class);
                registry.supersede(
                        actor.userId(),
                        original,
                        Certificate.Status.CORRECTED,
                        Certificate.Source.CORRECTION,
                        new CertificateRegistry.Holder(
                                k.holderName() == null
                                        ? original.holderName()
                                        : k.holderName().trim(),
                                k.nationalId() == null ? original.nationalId() : k.nationalId(),
                                k.birthPlace() == null
                                        ? original.birthPlace()
                                        : k.birthPlace().trim(),
                                k.birthDate() == null ? original.birthDate() : k.birthDate()),
                        "ralat " + letter,
                        "R");
            }
            case LOST_CERTIFICATE -> {
                letter = letterNumber("SKH");
                registry.supersede(
                        actor.userId(),
                        original,
                        Certificate.Status.LOST,
                        Certificate.Source.REPLACEMENT,
                        new CertificateRegistry.Holder(
                                original.holderName(),
                                original.nationalId(),
                                original.birthPlace(),
                                original.birthDate()),
                        "surat keterangan kehilangan " + letter,
                        "P");
            }
            default -> throw new IllegalStateException();
        }
        CertificateRequest done =
                r.signed(actor.userId(), now, note == null || note.isBlank() ? null : note.trim(), letter);
        requests.update(done);
        desk.complete(CaseType.valueOf(r.kind().name()), r.id());
        mail.closed(done);
        record(actor, "CERT_REQUEST_SIGNED", id, r.kind() + " " + letter);
        return done;
    }

    /**
     * Service 6, second layer: the certificate the officer verified with the applicant's documents is
     * entered into the database and, checked again by the head — the second person — verifiable at once.
     */
    private CertificateRequest enterFromRequest(Actor actor, CertificateRequest r, Instant now, @Nullable String note) {
        JsonNode e = details(r);
        JsonNode entry = e.path("entry");
        Certificate entered = registry.enter(
                r.verifiedBy(),
                r.trainingCentreId(),
                entry.path("number").asString(""),
                new CertificateRegistry.Holder(
                        entry.path("holderName").asString(""),
                        entry.path("nationalId").asString(""),
                        entry.path("birthPlace").asString(""),
                        LocalDate.parse(entry.path("birthDate").asString(""))),
                entry.path("examYear").asInt(),
                LocalDate.parse(entry.path("issuedOn").asString("")));
        registry.confirmEntry(actor, entered.id(), r.verifiedBy());
        requests.certificate(r.id(), entered.id());
        String letter = letterNumber("SKD");
        CertificateRequest done =
                r.signed(actor.userId(), now, note == null || note.isBlank() ? null : note.trim(), letter);
        requests.update(done);
        desk.complete(CaseType.DATABASE_INPUT, r.id());
        mail.closed(done);
        record(actor, "CERT_REQUEST_SIGNED", r.id(), r.kind() + " " + letter + " " + entered.number());
        return get(r.id());
    }

    /** The data of a certificate to enter, checked as a staff entry is; kept with the request until signed. */
    private Map<String, Object> databaseEntry(Application a) {
        DatabaseEntry e = a.entry();
        if (e == null) {
            throw InvalidInputException.worded("entry", "required");
        }
        LocalDate today = desk.today();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", a.certificateNumber().trim());
        out.put("nationalId", a.nationalId());
        out.put("holderName", Inputs.requiredText(e.holderName(), "entry.holderName", 200));
        out.put("birthPlace", Inputs.requiredText(e.birthPlace(), "entry.birthPlace", 100));
        if (e.birthDate() == null || e.birthDate().isAfter(today)) {
            throw InvalidInputException.worded("entry.birthDate", "required");
        }
        out.put("birthDate", e.birthDate().toString());
        if (e.examYear() == null || e.examYear() < 1990 || e.examYear() > today.getYear()) {
            throw InvalidInputException.worded("entry.examYear", "between", "1990", String.valueOf(today.getYear()));
        }
        out.put("examYear", e.examYear());
        if (e.issuedOn() == null || e.issuedOn().isAfter(today) || e.issuedOn().getYear() < e.examYear()) {
            throw InvalidInputException.worded("entry.issuedOn", "issuedAfterExam", String.valueOf(e.examYear()));
        }
        out.put("issuedOn", e.issuedOn().toString());
        return out;
    }

    /** A request's document, for the officer who verifies it. */
    public record Document(String contentType, long sizeBytes, InputStream content) {}

    public Document document(Actor actor, UUID id, String kind) {
        get(actor, id);
        var d = requests.document(id, kind).orElseThrow(() -> new NotFoundException("Document", kind));
        try {
            return new Document(d.contentType(), d.sizeBytes(), files.open(d.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> documents(UUID id) {
        return requests.documents(id);
    }

    private StoredFile store(InputStream in, String field) {
        return ApplicantDocuments.store(files, in, field);
    }

    /** The number of the certificate a request is about: in the database, or to be entered (service 6). */
    public String certificateNumber(CertificateRequest r) {
        return r.certificateId() != null
                ? registry.get(r.certificateId()).number()
                : details(r).path("entry").path("number").asString("");
    }

    public Status status(String token) {
        CertificateRequest r = byToken(token);
        Certificate original = r.certificateId() == null ? null : registry.get(r.certificateId());
        String successor;
        if (original == null || r.state() != CertificateRequest.State.COMPLETED) {
            successor = null;
        } else if (r.kind() == CertificateRequest.Kind.DATABASE_INPUT) {
            successor = original.number(); // now in the database and verifiable
        } else {
            successor = original.successorId() == null
                    ? null
                    : registry.get(original.successorId()).number();
        }
        return new Status(
                r.kind(),
                r.state(),
                r.dueOn(),
                r.letterNumber(),
                r.decisionNote(),
                r.kind() == CertificateRequest.Kind.LEGALIZATION ? null : successor,
                requests.copies(r.id()).stream()
                        .map(LegalizedCopy::verificationCode)
                        .toList(),
                desk.surveyOpen(CaseType.valueOf(r.kind().name()), r.id()));
    }

    @Transactional
    public void survey(
            String token, @Nullable Integer satisfaction, @Nullable List<Integer> elements, @Nullable String comment) {
        CertificateRequest r = byToken(token);
        desk.answer(CaseType.valueOf(r.kind().name()), r.id(), satisfaction, elements, comment);
    }

    public CertificateRequest byToken(String token) {
        return requests.byToken(Tokens.hash(Tokens.normalise(token)))
                .orElseThrow(() -> new NotFoundException("Request", "token"));
    }

    public CertificateRequest get(UUID id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Request", id));
    }

    /** A request to the actor's own training centre; another centre's is not found. */
    public CertificateRequest get(Actor actor, UUID id) {
        CertificateRequest r = get(id);
        CertificationAccess.requireOwn(actor, r.trainingCentreId(), "Request", id);
        // A change that names the version it read (If-Match) is checked first (see ExpectedVersion).
        ExpectedVersion.check("Request", r.version());
        return r;
    }

    /** The requests waiting at the actor's own training centre (at every centre, for the administrator). */
    public List<CertificateRequest> open(Actor actor) {
        UUID centre = CertificationAccess.scopeOf(actor);
        return centre == null ? requests.open() : requests.open(centre);
    }

    public List<LegalizedCopy> copies(UUID requestId) {
        return requests.copies(requestId);
    }

    public java.util.Optional<LegalizedCopy> copyByCode(String code) {
        return requests.copyByCode(code);
    }

    public JsonNode details(CertificateRequest r) {
        return json.readTree(r.details());
    }

    private String letterNumber(String prefix) {
        int year = desk.today().getYear();
        String p = prefix + "-" + year + "-";
        return p + String.format(Locale.ROOT, "%05d", requests.lettersIssued(p) + 1);
    }

    private void record(Actor actor, String action, UUID id, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "CertificateRequest", id, details));
    }
}
