package id.rantai.aeo.evidence;

import id.rantai.aeo.AeoCompanies;
import id.rantai.aeo.AeoProperties;
import id.rantai.aeo.EvidenceExpiring;
import id.rantai.aeo.LinkableRecords;
import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.Page;
import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's evidence: files with revisions, links to Rantai records, and expiry warnings. */
@Service
public class EvidenceLibrary {
    static final Set<String> FILE_TYPES = Set.of(ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG);

    private final JdbcEvidence evidence;
    private final FileStore files;
    private final Map<String, LinkableRecords> linkable;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ExpiryMail expiryMail;
    private final AeoProperties properties;
    private final Clock clock;

    EvidenceLibrary(
            JdbcEvidence evidence,
            FileStore files,
            List<LinkableRecords> linkable,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ExpiryMail expiryMail,
            AeoProperties properties,
            Clock clock) {
        this.evidence = evidence;
        this.files = files;
        this.linkable = linkable.stream().collect(Collectors.toMap(LinkableRecords::type, Function.identity()));
        this.audit = audit;
        this.events = events;
        this.expiryMail = expiryMail;
        this.properties = properties;
        this.clock = clock;
    }

    public record Dates(
            @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate) {
        void check() {
            if (effectiveDate == null) {
                throw new InvalidInputException("effectiveDate", "is required: the day the document took effect");
            }
            if (expiryDate != null && expiryDate.isBefore(effectiveDate)) {
                throw new InvalidInputException("expiryDate", "is before the effective date");
            }
        }
    }

    @Transactional
    public Evidence addFile(Actor actor, String title, Dates dates, String filename, InputStream content) {
        UUID org = requireCompany(actor);
        requireTitle(title);
        dates.check();
        StoredFile stored = store(content);
        Instant now = clock.instant();
        Evidence e = new Evidence(
                UUID.randomUUID(),
                org,
                title.trim(),
                Evidence.EvidenceKind.FILE,
                null,
                null,
                dates.effectiveDate(),
                dates.expiryDate(),
                actor.userId(),
                1,
                now,
                null);
        evidence.insert(e);
        evidence.insertRevision(new EvidenceRevision(
                e.id(),
                1,
                stored.sha256(),
                cleanName(filename),
                stored.contentType(),
                stored.sizeBytes(),
                now,
                actor.userId()));
        record(actor, "AEO_EVIDENCE_ADDED", e.id(), e.title());
        return e;
    }

    @Transactional
    public Evidence addRevision(Actor actor, UUID id, Dates dates, String filename, InputStream content) {
        Evidence e = visible(actor, id);
        requireOwnCompany(actor, e);
        if (e.kind() != Evidence.EvidenceKind.FILE) {
            throw new InvalidInputException("file", "a link has no file revisions");
        }
        dates.check();
        StoredFile stored = store(content);
        int next = e.revision() + 1;
        evidence.insertRevision(new EvidenceRevision(
                id,
                next,
                stored.sha256(),
                cleanName(filename),
                stored.contentType(),
                stored.sizeBytes(),
                clock.instant(),
                actor.userId()));
        evidence.setRevision(id, next, dates.effectiveDate(), dates.expiryDate());
        record(actor, "AEO_EVIDENCE_REVISED", id, "revision " + next);
        return visible(actor, id);
    }

    @Transactional
    public Evidence addLink(Actor actor, String title, Dates dates, @Nullable String linkType, @Nullable UUID linkId) {
        UUID org = requireCompany(actor);
        requireTitle(title);
        dates.check();
        if (linkType == null || !linkable.containsKey(linkType)) {
            throw InvalidInputException.worded(
                    "linkType",
                    "oneOf",
                    String.join(", ", linkable.keySet().stream().sorted().toList()));
        }
        if (linkId == null || !linkable.get(linkType).belongsTo(linkId, org)) {
            throw InvalidInputException.worded("linkId", "notOwnLink", linkType);
        }
        Evidence e = new Evidence(
                UUID.randomUUID(),
                org,
                title.trim(),
                Evidence.EvidenceKind.LINK,
                linkType,
                linkId,
                dates.effectiveDate(),
                dates.expiryDate(),
                actor.userId(),
                0,
                clock.instant(),
                null);
        evidence.insert(e);
        record(actor, "AEO_EVIDENCE_ADDED", e.id(), e.title() + " -> " + linkType + " " + linkId);
        return e;
    }

    public List<Evidence> list(Actor actor) {
        return evidence.of(requireCompany(actor));
    }

    /** One page of the company's evidence, by title. */
    public Page<Evidence> page(Actor actor, int limit, int offset) {
        return evidence.page(requireCompany(actor), limit, offset);
    }

    /** Evidence of a company whose expiry date falls within the warning window (or has passed). */
    public List<Evidence> expiring(Actor actor) {
        LocalDate today = today();
        return list(actor).stream()
                .filter(e ->
                        !e.expiryState(today, properties.expiryWarningDays()).equals("VALID"))
                .toList();
    }

    /** The evidence a reviewer or the company may see: the company's own, or any when reviewing its assessment. */
    public Evidence visible(Actor actor, UUID id) {
        return evidence.find(id)
                .filter(e -> actor.isAdmin() || actor.belongsTo(e.organisationId()))
                .orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    /** Evidence by id without a tenancy check, for a caller that has made its own (a reviewing officer). */
    public Evidence get(UUID id) {
        return evidence.find(id).orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    /** For an assessment's reader, who has already been checked against the assessment. */
    public List<Evidence> byIds(Collection<UUID> ids) {
        return evidence.byIds(ids);
    }

    public List<EvidenceRevision> revisions(UUID id) {
        return evidence.revisions(id);
    }

    /** Checks that every cited evidence exists and is the company's own. */
    public void requireOwned(UUID organisationId, Collection<UUID> ids, String field) {
        List<Evidence> found = evidence.byIds(ids);
        if (found.size() != Set.copyOf(ids).size()
                || found.stream().anyMatch(e -> !e.organisationId().equals(organisationId))) {
            throw new InvalidInputException(field, "cites evidence that is not your company's");
        }
    }

    public InputStream open(String sha256) {
        try {
            return files.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    /**
     * Warns each evidence's owner once when its expiry date comes within the window: an event for
     * other modules, an audit entry, and an e-mail to the owner through the outbox.
     */
    @Scheduled(fixedDelayString = "${rantai.aeo.expiry-check-interval:PT1H}")
    @Transactional
    public int warnExpiring() {
        Instant now = clock.instant();
        LocalDate today = today();
        List<Evidence> due = evidence.unwarnedExpiringBy(today.plusDays(properties.expiryWarningDays()));
        int warned = 0;
        for (Evidence e : due) {
            if (!evidence.markWarned(e.id(), now)) {
                continue;
            }
            warned++;
            expiryMail.queue(e, today);
            events.publishEvent(
                    new EvidenceExpiring(e.id(), e.organisationId(), e.ownerUserId(), e.title(), e.expiryDate()));
            audit.record(new AuditRecord(
                    now,
                    null,
                    "system",
                    e.organisationId(),
                    "AEO_EVIDENCE_EXPIRING",
                    "AeoEvidence",
                    e.id(),
                    e.title() + " expires " + e.expiryDate()));
        }
        return warned;
    }

    private StoredFile store(InputStream content) {
        try {
            return files.store(content, "file", FILE_TYPES, properties.evidenceMaxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID requireCompany(Actor actor) {
        return AeoCompanies.company(
                actor,
                () -> new ForbiddenException(
                        "Evidence belongs to a company; customs reviews it through an assessment"));
    }

    private static void requireOwnCompany(Actor actor, Evidence e) {
        if (!actor.belongsTo(e.organisationId())) {
            throw new ForbiddenException("Only the company revises its evidence");
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw InvalidInputException.worded("title", "required");
        }
        if (title.length() > 300) {
            throw new InvalidInputException("title", "is longer than 300 characters");
        }
    }

    private static String cleanName(@Nullable String filename) {
        String name = filename == null || filename.isBlank() ? "evidence" : filename;
        name = name.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private void record(Actor actor, String action, UUID id, String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "AeoEvidence", id, details));
    }
}
