package id.rantai.training.catalogue;

import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.Inputs;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.time.OfficeTimeZone;
import id.rantai.training.TrainingAccess;
import id.rantai.training.rules.TrainingRules;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company's topic catalogue, job functions and rule settings. The catalogue is copied from the
 * bundled CTPAT catalogue ({@code classpath:training/ctpat-catalogue.json}, from seed 000) the first
 * time the company uses training, and is the company's to edit from then on.
 */
@Service
public class TrainingCatalogue {
    public static final ZoneId ZONE = OfficeTimeZone.WIB.zone();

    private final JdbcCatalogue catalogue;
    private final CatalogueSeeder seeder;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingCatalogue(
            JdbcCatalogue catalogue,
            CatalogueSeeder seeder,
            JsonMapper json,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalogue = catalogue;
        this.seeder = seeder;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Published when what is required of employees changed for a whole company. */
    public record RequirementsChanged(UUID organisationId) {}

    public record TopicView(Topic topic, List<TopicVersion> versions) {}

    public record NewTopic(
            @Size(max = 64) @Nullable String code,
            @Size(max = 500) @Nullable String titleId,
            @Size(max = 500) @Nullable String titleEn,
            @Nullable Audience audience) {}

    public record TopicEdit(
            @Size(max = 500) @Nullable String titleId,
            @Size(max = 500) @Nullable String titleEn,
            @Nullable Audience audience,
            @Nullable Boolean active) {}

    public record NewVersion(
            @Size(max = 2000) @Nullable String changeNote,
            @Nullable Integer dueDays) {}

    /** The rules, the reminder schedule (days before a due date) and where the overdue digest goes. */
    public record SettingsView(
            TrainingRules.Settings rules,
            List<Integer> reminderDaysBefore,
            @Nullable String complianceEmail) {}

    public void ensureSeeded(UUID org) {
        seeder.seed(org, () -> copyBundled(org));
    }

    private void copyBundled(UUID org) {
        Instant now = clock.instant();
        LocalDate today = today();
        JsonNode root;
        try (InputStream in = new ClassPathResource("training/ctpat-catalogue.json").getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, UUID> byCode = new HashMap<>();
        for (JsonNode t : root.get("topics")) {
            Topic topic = new Topic(
                    UUID.randomUUID(),
                    org,
                    t.get("code").asString(""),
                    t.get("titleId").asString(""),
                    t.get("titleEn").asString(""),
                    Audience.valueOf(t.get("audience").asString("")),
                    1,
                    true,
                    now);
            catalogue.insert(topic);
            catalogue.insert(
                    new TopicVersion(
                            topic.id(),
                            1,
                            today,
                            TrainingRules.Settings.DEFAULTS.newVersionDueDays(),
                            "From the bundled CTPAT catalogue"),
                    null);
            byCode.put(topic.code(), topic.id());
        }
        for (JsonNode f : root.get("jobFunctions")) {
            List<UUID> topics = new ArrayList<>();
            f.get("topics").forEach(code -> topics.add(byCode.get(code.asString(""))));
            catalogue.insert(new JobFunction(
                    UUID.randomUUID(),
                    org,
                    f.get("code").asString(""),
                    f.get("name").asString(""),
                    topics));
        }
        catalogue.markSeeded(org, now);
    }

    public List<TopicView> topics(Actor actor) {
        UUID org = TrainingAccess.member(actor);
        ensureSeeded(org);
        Map<UUID, List<TopicVersion>> versions = catalogue.versions(org);
        return catalogue.topics(org).stream()
                .map(t -> new TopicView(t, versions.getOrDefault(t.id(), List.of())))
                .toList();
    }

    @Transactional
    public Topic addTopic(Actor actor, NewTopic n) {
        UUID org = TrainingAccess.manager(actor);
        ensureSeeded(org);
        String code = code(n.code());
        if (catalogue.topics(org).stream().anyMatch(t -> t.code().equals(code))) {
            throw InvalidInputException.worded("code", "topicExists", code);
        }
        if (n.audience() == null) {
            throw new InvalidInputException("audience", "must be ALL_EMPLOYEES or ROLE_SPECIFIC");
        }
        Topic t = new Topic(
                UUID.randomUUID(),
                org,
                code,
                text(n.titleId(), "titleId"),
                text(n.titleEn(), "titleEn"),
                n.audience(),
                1,
                true,
                clock.instant());
        catalogue.insert(t);
        catalogue.insert(
                new TopicVersion(t.id(), 1, today(), settings(org).rules().newVersionDueDays(), null), actor.userId());
        record(actor, "TRAINING_TOPIC_ADDED", t.id(), code);
        events.publishEvent(new RequirementsChanged(org));
        return t;
    }

    @Transactional
    public Topic editTopic(Actor actor, UUID id, TopicEdit e) {
        UUID org = TrainingAccess.manager(actor);
        Topic t = topic(org, id);
        Topic changed = new Topic(
                t.id(),
                org,
                t.code(),
                e.titleId() == null ? t.titleId() : text(e.titleId(), "titleId"),
                e.titleEn() == null ? t.titleEn() : text(e.titleEn(), "titleEn"),
                e.audience() == null ? t.audience() : e.audience(),
                t.currentVersion(),
                e.active() == null ? t.active() : e.active(),
                t.createdAt());
        catalogue.update(changed);
        record(actor, "TRAINING_TOPIC_EDITED", id, t.code());
        events.publishEvent(new RequirementsChanged(org));
        return changed;
    }

    /** A procedure or threat changed: the topic's new content is due again for everyone who needs it. */
    @Transactional
    public TopicVersion publishVersion(Actor actor, UUID id, NewVersion n) {
        UUID org = TrainingAccess.manager(actor);
        Topic t = topic(org, id);
        int days = n.dueDays() == null ? settings(org).rules().newVersionDueDays() : n.dueDays();
        if (days < 0 || days > 365) {
            throw new InvalidInputException("dueDays", "must be between 0 and 365");
        }
        if (n.changeNote() == null || n.changeNote().isBlank()) {
            throw new InvalidInputException("changeNote", "is required: say what changed");
        }
        TopicVersion v = new TopicVersion(
                id, t.currentVersion() + 1, today(), days, n.changeNote().trim());
        catalogue.insert(v, actor.userId());
        catalogue.update(new Topic(
                t.id(), org, t.code(), t.titleId(), t.titleEn(), t.audience(), v.version(), t.active(), t.createdAt()));
        record(actor, "TRAINING_TOPIC_VERSION_PUBLISHED", id, t.code() + " v" + v.version() + ": " + v.changeNote());
        events.publishEvent(new RequirementsChanged(org));
        return v;
    }

    public List<JobFunction> functions(Actor actor) {
        UUID org = TrainingAccess.member(actor);
        ensureSeeded(org);
        return catalogue.functions(org);
    }

    @Transactional
    public JobFunction saveFunction(
            Actor actor, @Nullable String code, @Nullable String name, @Nullable List<UUID> topics) {
        UUID org = TrainingAccess.manager(actor);
        ensureSeeded(org);
        String c = code(code);
        List<UUID> ids = topics == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(topics));
        var known = catalogue.topics(org).stream().map(Topic::id).toList();
        if (!known.containsAll(ids)) {
            throw new InvalidInputException("topicIds", "names topics that are not in your catalogue");
        }
        JobFunction existing = catalogue.functions(org).stream()
                .filter(f -> f.code().equals(c))
                .findFirst()
                .orElse(null);
        JobFunction f;
        if (existing == null) {
            f = new JobFunction(UUID.randomUUID(), org, c, text(name, "name"), ids);
            catalogue.insert(f);
        } else {
            f = new JobFunction(existing.id(), org, c, existing.name(), ids);
            catalogue.setTopics(f.id(), ids);
        }
        record(actor, "JOB_FUNCTION_SAVED", f.id(), c + " " + ids.size() + " topics");
        events.publishEvent(new RequirementsChanged(org));
        return f;
    }

    public SettingsView settings(UUID org) {
        return new SettingsView(
                catalogue.settings(org).orElse(TrainingRules.Settings.DEFAULTS),
                catalogue.reminderDays(org),
                catalogue.complianceEmail(org).orElse(null));
    }

    @Transactional
    public SettingsView saveSettings(
            Actor actor,
            TrainingRules.@Nullable Settings rules,
            @Nullable List<Integer> reminderDays,
            @Nullable String complianceEmail) {
        UUID org = TrainingAccess.manager(actor);
        if (rules == null) {
            throw InvalidInputException.worded("rules", "required");
        }
        if (complianceEmail != null && !complianceEmail.isBlank() && !Inputs.isEmail(complianceEmail)) {
            throw InvalidInputException.worded("complianceEmail", "notEmail");
        }
        List<Integer> days = reminderDays == null ? List.of(30, 7, 1) : reminderDays;
        String exception = rules.refresherExceptionReason() == null
                        || rules.refresherExceptionReason().isBlank()
                ? null
                : rules.refresherExceptionReason().trim();
        if (rules.refresherMonths() > 12 && exception == null) {
            // Seed 000: "Pelatihan penyegaran akan dilakukan setidaknya setiap tahun".
            throw InvalidInputException.worded("rules.refresherMonths", "refresherYearly");
        }
        if (rules.refresherMonths() > 36) {
            throw InvalidInputException.worded("rules.refresherMonths", "between", 1, 36);
        }
        if (exception != null && exception.length() > 1000) {
            throw InvalidInputException.worded("rules.refresherExceptionReason", "tooLong", 1000);
        }
        if (rules.baselineGraceDays() > 730) {
            throw InvalidInputException.worded("rules.baselineGraceDays", "between", 0, 730);
        }
        if (days.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
            throw new InvalidInputException("reminderDaysBefore", "each must be between 1 and 365");
        }
        rules = new TrainingRules.Settings(
                rules.hireDueDays(),
                rules.refresherMonths(),
                rules.refresherWindowDays(),
                rules.newVersionDueDays(),
                rules.jobFunctionDueDays(),
                rules.programmeStart(),
                rules.baselineGraceDays(),
                rules.refresherMonths() > 12 ? exception : null);
        catalogue.saveSettings(
                org, rules, days, complianceEmail == null || complianceEmail.isBlank() ? null : complianceEmail.trim());
        record(actor, "TRAINING_SETTINGS_CHANGED", org, rules + " reminders " + days);
        events.publishEvent(new RequirementsChanged(org));
        return settings(org);
    }

    // ---------------------------------------------------------------- for the rest of the module

    public Topic topic(UUID org, UUID id) {
        return catalogue
                .topic(id)
                .filter(t -> t.organisationId().equals(org))
                .orElseThrow(() -> new NotFoundException("Topic", id));
    }

    public List<Topic> topicsOf(UUID org) {
        ensureSeeded(org);
        return catalogue.topics(org);
    }

    public Map<UUID, List<TopicVersion>> versionsOf(UUID org) {
        return catalogue.versions(org);
    }

    public List<JobFunction> functionsOf(UUID org) {
        ensureSeeded(org);
        return catalogue.functions(org);
    }

    public List<Integer> reminderDays(UUID org) {
        return catalogue.reminderDays(org);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static String code(@Nullable String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new InvalidInputException(
                    "code", "must be upper-case letters, digits and underscores, e.g. SEAL_CONTROL");
        }
        return code;
    }

    private static String text(@Nullable String s, String field) {
        if (s == null || s.isBlank()) {
            throw InvalidInputException.worded(field, "required");
        }
        if (s.length() > 500) {
            throw new InvalidInputException(field, "is longer than 500 characters");
        }
        return s.trim();
    }

    private void record(Actor actor, String action, UUID id, String details) {
        audit.record(actor.auditEntry(clock.instant(), action, "Training", id, details));
    }
}
