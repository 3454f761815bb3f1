package id.rantai.certification.certificate;

import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.CertificationProperties;
import id.rantai.certification.Tokens;
import id.rantai.certification.exam.Candidate;
import id.rantai.certification.exam.CandidateMail;
import id.rantai.certification.exam.ExamOffice;
import id.rantai.certification.exam.ExamSession;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.certification.standard.ServiceStandard.CaseType;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certificate database: issuing, searching, status changes with successors, and the history of every change. */
@Service
public class CertificateRegistry {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcCertificates certificates;
    private final ExamOffice exams;
    private final ServiceDesk desk;
    private final CertificationProperties properties;
    private final AuditTrail audit;
    private final CandidateMail mail;
    private final Clock clock;

    CertificateRegistry(
            JdbcCertificates certificates,
            ExamOffice exams,
            ServiceDesk desk,
            CertificationProperties properties,
            AuditTrail audit,
            CandidateMail mail,
            Clock clock) {
        this.certificates = certificates;
        this.exams = exams;
        this.desk = desk;
        this.properties = properties;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    public record Detail(Certificate certificate, List<JdbcCertificates.Change> history) {}

    /** The data of a certificate to be entered or to succeed another. */
    public record Holder(String name, String nationalId, String birthPlace, LocalDate birthDate) {}

    /** Issues, signed by the head, a certificate to every passed candidate of a published session who has none. */
    @Transactional
    public List<Certificate> issue(Actor actor, UUID sessionId) {
        CertificationAccess.head(actor);
        ExamSession s = exams.session(actor, sessionId);
        exams.requireHeld(s);
        if (s.resultsPublishedAt() == null) {
            throw StateConflictException.worded("UNPUBLISHED", "resultsUnpublished", s.code());
        }
        List<Certificate> out = new ArrayList<>();
        int year = s.examDate().getYear();
        for (Candidate c : exams.candidates(actor, sessionId)) {
            if (!Boolean.TRUE.equals(c.passed())
                    || certificates.byCandidate(c.id()).isPresent()) {
                continue;
            }
            String number = number(year, certificates.countForYear(year) + 1);
            Certificate cert = newCertificate(
                    s.trainingCentreId(),
                    number,
                    new Holder(c.fullName(), c.nationalId(), c.birthPlace(), c.birthDate()),
                    year,
                    desk.today(),
                    c.id(),
                    Certificate.Source.EXAM,
                    Certificate.Status.VALID,
                    null,
                    actor.userId());
            certificates.insert(cert);
            desk.complete(CaseType.CERTIFICATE_ISSUE, c.id());
            mail.certificateIssued(c, number, cert.verificationCode());
            out.add(cert);
        }
        record(actor, "CERTIFICATES_ISSUED", sessionId, out.size() + " for " + s.code());
        return out;
    }

    /**
     * An entry from before Rantai, into a training centre's records: not verifiable until checked
     * against the source documents.
     */
    @Transactional
    public Certificate enter(
            @Nullable UUID by, @Nullable UUID centre, String number, Holder holder, int examYear, LocalDate issuedOn) {
        if (certificates.numberExists(number)) {
            throw InvalidInputException.worded("number", "certificateExists", number);
        }
        Certificate cert = newCertificate(
                centre,
                number,
                holder,
                examYear,
                issuedOn,
                null,
                Certificate.Source.DATABASE_INPUT,
                Certificate.Status.PENDING_VERIFICATION,
                null,
                /* signedBy= */ null);
        certificates.insert(cert);
        certificates.history(
                cert.id(),
                by,
                "status",
                null,
                cert.status().name(),
                "entered from the source documents",
                clock.instant());
        return cert;
    }

    /** Checked against the source documents: the entry becomes verifiable. */
    @Transactional
    public Certificate confirmEntry(Actor actor, UUID id, @Nullable UUID enteredBy) {
        Certificate c = get(actor, id);
        if (c.status() != Certificate.Status.PENDING_VERIFICATION) {
            throw StateConflictException.worded(
                    c.status().name(),
                    "certificateIs",
                    c.number(),
                    Wording.label("certificate.status." + c.status().name()));
        }
        if (actor.userId().equals(enteredBy)) {
            throw new StateConflictException(
                    "The entry is checked by someone other than who entered it",
                    c.status().name());
        }
        certificates.updateStatus(c, Certificate.Status.VALID, null, null);
        certificates.history(
                id,
                actor.userId(),
                "status",
                c.status().name(),
                "VALID",
                "checked against the source documents",
                clock.instant());
        record(actor, "CERTIFICATE_ENTRY_CONFIRMED", id, c.number());
        return get(id);
    }

    @Transactional
    public Certificate revoke(Actor actor, UUID id, @Nullable String reason) {
        CertificationAccess.head(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: why the certificate is revoked");
        }
        Certificate c = get(actor, id);
        if (c.status() != Certificate.Status.VALID) {
            throw StateConflictException.worded(
                    c.status().name(),
                    "revokeNotValid",
                    c.number(),
                    Wording.label("certificate.status." + c.status().name()));
        }
        certificates.updateStatus(c, Certificate.Status.REVOKED, reason.trim(), null);
        certificates.history(
                id, actor.userId(), "status", c.status().name(), "REVOKED", reason.trim(), clock.instant());
        record(actor, "CERTIFICATE_REVOKED", id, c.number() + ": " + reason);
        return get(id);
    }

    /**
     * Supersedes a certificate: the original takes the status (CORRECTED or LOST) and points to a new
     * record — the corrected certificate, or the replacement letter — that carries a new verification
     * code and the (corrected) data, with every changed field in its history.
     */
    @Transactional
    public Certificate supersede(
            UUID by,
            Certificate original,
            Certificate.Status status,
            Certificate.Source source,
            Holder holder,
            String reason,
            String suffix) {
        Certificate fresh = newCertificate(
                original.trainingCentreId(),
                nextNumber(original.number(), suffix),
                holder,
                original.examYear(),
                desk.today(),
                original.candidateId(),
                source,
                Certificate.Status.VALID,
                original.id(),
                by);
        certificates.insert(fresh);
        certificates.updateStatus(original, status, reason, fresh.id());
        certificates.history(
                original.id(), by, "status", original.status().name(), status.name(), reason, clock.instant());
        certificates.history(fresh.id(), by, "predecessor", null, original.number(), reason, clock.instant());
        diff(fresh.id(), by, "holderName", original.holderName(), holder.name(), reason);
        diff(fresh.id(), by, "nationalId", original.nationalId(), holder.nationalId(), reason);
        diff(fresh.id(), by, "birthPlace", original.birthPlace(), holder.birthPlace(), reason);
        diff(
                fresh.id(),
                by,
                "birthDate",
                original.birthDate().toString(),
                holder.birthDate().toString(),
                reason);
        return fresh;
    }

    public List<Certificate> search(
            Actor actor, @Nullable String number, @Nullable String name, @Nullable Integer year) {
        return search(actor, number, name, year, 500, 0).items();
    }

    /** One page of the training centre's certificates matching what is given, by number. */
    public Page<Certificate> search(
            Actor actor,
            @Nullable String number,
            @Nullable String name,
            @Nullable Integer year,
            int limit,
            int offset) {
        return certificates.search(CertificationAccess.scopeOf(actor), number, name, year, limit, offset);
    }

    public Detail detail(Actor actor, UUID id) {
        return new Detail(get(actor, id), certificates.history(id));
    }

    public Certificate get(UUID id) {
        return certificates.find(id).orElseThrow(() -> new NotFoundException("Certificate", id));
    }

    /** A certificate of the actor's own training centre; another centre's is not found. */
    public Certificate get(Actor actor, UUID id) {
        Certificate c = get(id);
        CertificationAccess.requireOwn(actor, c.trainingCentreId(), "Certificate", id);
        return c;
    }

    public Optional<Certificate> byNumber(String number) {
        return certificates.byNumber(number);
    }

    public Optional<Certificate> byCode(String code) {
        return certificates.byCode(code);
    }

    /**
     * The candidate's certificate as it stands now: after a correction or a replacement for a lost
     * one, the certificate that succeeded it, so the holder's page and downloads follow the chain.
     */
    public Optional<Certificate> forCandidate(UUID candidateId) {
        return certificates.byCandidate(candidateId).map(this::current);
    }

    private Certificate current(Certificate c) {
        Certificate at = c;
        // A chain is short (a correction, then perhaps a loss); the bound guards against a cycle in bad data.
        for (int step = 0; at.successorId() != null && step < 50; step++) {
            at = get(at.successorId());
        }
        return at;
    }

    public List<Integer> revokedIndexes() {
        return certificates.revokedIndexes();
    }

    String number(int year, int seq) {
        return properties
                .numberFormat()
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", String.format(Locale.ROOT, "%05d", seq));
    }

    /** A random unused bit of the status list: sequential indexes would let a verifier correlate certificates. */

    /** A new entry, valid or awaiting its check, with its own verification code and a free place in the status list. */
    private Certificate newCertificate(
            @Nullable UUID centre,
            String number,
            Holder holder,
            int examYear,
            LocalDate issuedOn,
            @Nullable UUID candidateId,
            Certificate.Source source,
            Certificate.Status status,
            @Nullable UUID predecessorId,
            @Nullable UUID signedBy) {
        return new Certificate(
                UUID.randomUUID(),
                centre,
                number,
                Tokens.next(),
                holder.name(),
                holder.nationalId(),
                holder.birthPlace(),
                holder.birthDate(),
                examYear,
                issuedOn,
                candidateId,
                source,
                status,
                /* statusReason= */ null,
                predecessorId,
                /* successorId= */ null,
                freeIndex(),
                signedBy,
                clock.instant(),
                /* version= */ 0);
    }

    private int freeIndex() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int i = RANDOM.nextInt(Certificate.STATUS_LIST_SIZE);
            if (!certificates.indexUsed(i)) {
                return i;
            }
        }
        throw new IllegalStateException("The status list is full; start a second list");
    }

    private String nextNumber(String number, String suffix) {
        for (int n = 1; ; n++) {
            String candidate = number + "/" + suffix + n;
            if (!certificates.numberExists(candidate)) {
                return candidate;
            }
        }
    }

    private void diff(UUID id, UUID by, String field, String before, String after, String reason) {
        if (!before.equals(after)) {
            certificates.history(id, by, field, before, after, reason, clock.instant());
        }
    }

    private void record(Actor actor, String action, UUID id, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "Certificate", id, details));
    }
}
