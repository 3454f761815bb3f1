package id.rantai.training.delivery;

import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TopicVersion;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.employee.Employee;
import id.rantai.training.employee.EmployeeDirectory;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions, attendance and completions: what was delivered to whom, and with what result. */
@Service
public class TrainingRecords {
    static final Set<String> EVIDENCE_TYPES = Set.of(ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG);
    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcDelivery delivery;
    private final TrainingCatalogue catalogue;
    private final EmployeeDirectory employees;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRecords(
            JdbcDelivery delivery,
            TrainingCatalogue catalogue,
            EmployeeDirectory employees,
            FileStore files,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.delivery = delivery;
        this.catalogue = catalogue;
        this.employees = employees;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record NewSession(
            @Nullable UUID topicId,
            @Nullable Method method,
            @Size(max = 200) @Nullable String trainer,
            @Nullable LocalDate heldOn,
            @Nullable Integer durationMinutes,
            @Size(max = 2000) @Nullable String materials) {}

    /** One attendee's result: absent attendees are recorded as not passed. */
    public record Result(
            @Nullable UUID employeeId,
            @Nullable Boolean attended,
            @Nullable Double score,
            @Nullable Boolean passed) {}

    public record NewCompletion(
            @Nullable UUID employeeId,
            @Nullable UUID topicId,
            @Nullable Integer topicVersion,
            @Nullable LocalDate completedOn,
            @Nullable Method method,
            @Nullable Double score,
            @Nullable Boolean passed) {}

    @Transactional
    public TrainingSession addSession(Actor actor, NewSession n) {
        UUID org = TrainingAccess.manager(actor);
        Topic topic = topicOrBadInput(org, n.topicId());
        if (n.method() == null) {
            throw new InvalidInputException("method", "must be CLASSROOM, ONLINE, ON_THE_JOB or EXTERNAL");
        }
        if (n.trainer() == null || n.trainer().isBlank() || n.trainer().length() > 200) {
            throw InvalidInputException.worded("trainer", "requiredText", 200);
        }
        if (n.heldOn() == null) {
            throw InvalidInputException.worded("heldOn", "required");
        }
        if (n.materials() != null && n.materials().length() > 2000) {
            throw InvalidInputException.worded("materials", "tooLong", 2000);
        }
        if (n.durationMinutes() == null || n.durationMinutes() < 1 || n.durationMinutes() > 24 * 60) {
            throw InvalidInputException.worded("durationMinutes", "between", 1, 1440);
        }
        TrainingSession s = new TrainingSession(
                UUID.randomUUID(),
                org,
                topic.id(),
                topic.currentVersion(),
                n.method(),
                n.trainer().trim(),
                n.heldOn(),
                n.durationMinutes(),
                n.materials() == null || n.materials().isBlank()
                        ? null
                        : n.materials().trim(),
                clock.instant());
        delivery.insert(s, actor.userId());
        record(actor, "TRAINING_SESSION_HELD", s.id(), topic.code() + " on " + s.heldOn());
        return s;
    }

    public List<TrainingSession> sessions(Actor actor) {
        return delivery.sessions(TrainingAccess.member(actor));
    }

    /** Records who attended a session and their results; each attendee gets a completion of the topic as taught. */
    @Transactional
    public List<Completion> attendance(Actor actor, UUID sessionId, @Nullable List<Result> results) {
        UUID org = TrainingAccess.manager(actor);
        TrainingSession s = delivery.session(sessionId)
                .filter(x -> x.organisationId().equals(org))
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
        if (results == null || results.isEmpty()) {
            throw new InvalidInputException("results", "name at least one attendee");
        }
        if (s.heldOn().isAfter(catalogue.today())) {
            throw StateConflictException.worded("NOT_HELD", "sessionNotHeld", s.heldOn());
        }
        List<Completion> out = new java.util.ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Employee e = employees.employee(org, r.employeeId(), "results[" + i + "].employeeId");
            if (s.heldOn().isBefore(e.hireDate())) {
                throw InvalidInputException.worded("results[" + i + "].employeeId", "hiredAfterSession", e.hireDate());
            }
            boolean attended = !Boolean.FALSE.equals(r.attended());
            boolean passed = attended && !Boolean.FALSE.equals(r.passed());
            checkScore(r.score(), "results[" + i + "].score");
            Completion c = new Completion(
                    UUID.randomUUID(),
                    org,
                    e.id(),
                    s.topicId(),
                    s.topicVersion(),
                    s.heldOn(),
                    s.method(),
                    r.score(),
                    passed,
                    s.id(),
                    null,
                    Completion.Source.SESSION,
                    null,
                    clock.instant());
            delivery.insert(c, actor.userId());
            events.publishEvent(new EmployeeDirectory.EmployeeChanged(org, e.id()));
            out.add(c);
        }
        record(actor, "TRAINING_ATTENDANCE_RECORDED", sessionId, results.size() + " attendees");
        return out;
    }

    @Transactional
    public Completion complete(Actor actor, NewCompletion n) {
        UUID org = TrainingAccess.manager(actor);
        Completion c = completion(org, n, Completion.Source.MANUAL, null);
        delivery.insert(c, actor.userId());
        events.publishEvent(new EmployeeDirectory.EmployeeChanged(org, c.employeeId()));
        record(actor, "TRAINING_COMPLETION_RECORDED", c.id(), null);
        return c;
    }

    /** For imports from other systems: refuses what a manual entry would refuse; ignores a statement seen before. */
    @Transactional
    public @Nullable Completion importCompletion(
            UUID org, NewCompletion n, Completion.Source source, String externalId) {
        if (delivery.externalExists(org, externalId)) {
            return null;
        }
        Completion c = completion(org, n, source, externalId);
        delivery.insert(c, null);
        events.publishEvent(new EmployeeDirectory.EmployeeChanged(org, c.employeeId()));
        return c;
    }

    @Transactional
    public Completion attachEvidence(Actor actor, UUID id, InputStream content) {
        UUID org = TrainingAccess.manager(actor);
        Completion c = visible(actor, id);
        StoredFile stored;
        try {
            stored = files.store(content, "file", EVIDENCE_TYPES, EVIDENCE_MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delivery.setEvidence(id, stored.sha256());
        record(actor, "TRAINING_EVIDENCE_ATTACHED", id, stored.sha256());
        return delivery.completion(id)
                .filter(x -> x.organisationId().equals(org))
                .orElseThrow();
    }

    public Completion visible(Actor actor, UUID id) {
        UUID org = TrainingAccess.member(actor);
        return delivery.completion(id)
                .filter(c -> c.organisationId().equals(org))
                .orElseThrow(() -> new NotFoundException("Completion", id));
    }

    public List<Completion> ofEmployee(Actor actor, UUID employeeId) {
        UUID org = TrainingAccess.member(actor);
        employees.employee(org, employeeId, "employeeId");
        return delivery.ofEmployee(employeeId);
    }

    public InputStream evidence(Completion c) {
        try {
            return files.open(c.evidenceSha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Completion> ofOrganisation(UUID org) {
        return delivery.ofOrganisation(org);
    }

    private Completion completion(UUID org, NewCompletion n, Completion.Source source, @Nullable String externalId) {
        Employee e = employees.employee(org, n.employeeId(), "employeeId");
        Topic topic = topicOrBadInput(org, n.topicId());
        if (n.completedOn() == null) {
            throw InvalidInputException.worded("completedOn", "required");
        }
        if (n.completedOn().isAfter(catalogue.today())) {
            throw InvalidInputException.worded("completedOn", "inFuture");
        }
        if (n.completedOn().isBefore(e.hireDate())) {
            throw InvalidInputException.worded("completedOn", "beforeHire", e.hireDate());
        }
        int version = n.topicVersion() == null ? versionInForce(org, topic, n.completedOn()) : n.topicVersion();
        if (version < 1 || version > topic.currentVersion()) {
            throw InvalidInputException.worded("topicVersion", "between", 1, topic.currentVersion());
        }
        LocalDate published = publishedOn(org, topic, version);
        if (version > 1 && published != null && n.completedOn().isBefore(published)) {
            // A version's content did not exist before it was published: nobody was trained on it.
            throw InvalidInputException.worded("topicVersion", "versionLater", version, published);
        }
        checkScore(n.score(), "score");
        return new Completion(
                UUID.randomUUID(),
                org,
                e.id(),
                topic.id(),
                version,
                n.completedOn(),
                n.method() == null ? Method.EXTERNAL : n.method(),
                n.score(),
                !Boolean.FALSE.equals(n.passed()),
                null,
                null,
                source,
                externalId,
                clock.instant());
    }

    /**
     * The version a completion on that day was taken on: the last one published by then, or the first
     * (the topic's content existed before Rantai recorded its first version: history may be imported).
     */
    private int versionInForce(UUID org, Topic topic, LocalDate on) {
        return catalogue.versionsOf(org).getOrDefault(topic.id(), List.of()).stream()
                .filter(v -> !v.publishedOn().isAfter(on))
                .mapToInt(TopicVersion::version)
                .max()
                .orElse(1);
    }

    private @Nullable LocalDate publishedOn(UUID org, Topic topic, int version) {
        return catalogue.versionsOf(org).getOrDefault(topic.id(), List.of()).stream()
                .filter(v -> v.version() == version)
                .map(TopicVersion::publishedOn)
                .findFirst()
                .orElse(null);
    }

    private static void checkScore(@Nullable Double score, String field) {
        if (score != null && (score < 0 || score > 100 || score.isNaN())) {
            throw new InvalidInputException(field, "must be between 0 and 100");
        }
    }

    private Topic topicOrBadInput(UUID org, @Nullable UUID topicId) {
        if (topicId == null) {
            throw InvalidInputException.worded("topicId", "required");
        }
        try {
            return catalogue.topic(org, topicId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("topicId", "names no topic of your catalogue");
        }
    }

    private void record(Actor actor, String action, UUID id, @Nullable String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "Training", id, details));
    }
}
