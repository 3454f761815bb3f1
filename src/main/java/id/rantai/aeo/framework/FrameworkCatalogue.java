package id.rantai.aeo.framework;

import id.rantai.aeo.AeoProperties;
import id.rantai.audit.AuditTrail;
import id.rantai.identity.Actor;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The framework versions Rantai knows. The versions shipped with Rantai ({@code classpath:aeo/frameworks/*.json})
 * are loaded and published at start if missing; an administrator loads a new version from a file and,
 * once it has been read through, publishes it: only then do new assessments start from it. Versions are
 * never changed or removed, so an assessment always reads the text it was made against.
 */
@Service
@EnableConfigurationProperties(AeoProperties.class)
public class FrameworkCatalogue {
    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalogue.class);

    private final JdbcFrameworks frameworks;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<UUID, Framework> cache = new ConcurrentHashMap<>();

    FrameworkCatalogue(
            JdbcFrameworks frameworks, JsonMapper json, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.frameworks = frameworks;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void loadBundled() throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:aeo/frameworks/*.json")) {
            try (InputStream in = r.getInputStream()) {
                FrameworkFile.Parsed parsed = FrameworkFile.parse(json.readTree(in));
                if (!frameworks.exists(parsed.key(), parsed.version())) {
                    UUID id = UUID.randomUUID();
                    tx.executeWithoutResult(s -> {
                        frameworks.insert(id, parsed, clock.instant(), null);
                        frameworks.publish(id, clock.instant(), null);
                    });
                    log.info("Loaded AEO framework {} version {}", parsed.key(), parsed.version());
                }
            }
        }
    }

    /** Loads a new framework version from a framework file; administrators only. */
    public Framework load(Actor actor, byte[] file) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an administrator loads a framework version");
        }
        FrameworkFile.Parsed parsed;
        try {
            parsed = FrameworkFile.parse(json.readTree(file));
        } catch (JacksonException e) {
            throw InvalidInputException.worded("file", "notJsonFile", String.valueOf(e.getOriginalMessage()));
        }
        if (frameworks.exists(parsed.key(), parsed.version())) {
            throw StateConflictException.worded(
                    "LOADED", "frameworkLoaded", parsed.key(), String.valueOf(parsed.version()));
        }
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            frameworks.insert(id, parsed, clock.instant(), actor.userId());
            audit.record(actor.auditEntry(
                    clock.instant(),
                    "AEO_FRAMEWORK_LOADED",
                    "AeoFramework",
                    id,
                    parsed.key() + " " + parsed.version()));
        });
        return get(id);
    }

    /** Makes a loaded version the one new assessments start from; administrators only, once per version. */
    public Framework publish(Actor actor, UUID id) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an administrator publishes a framework version");
        }
        Framework f = get(id);
        tx.executeWithoutResult(s -> {
            if (!frameworks.publish(id, clock.instant(), actor.userId())) {
                throw StateConflictException.worded("PUBLISHED", "frameworkPublished", f.key(), f.version());
            }
            audit.record(actor.auditEntry(
                    clock.instant(), "AEO_FRAMEWORK_PUBLISHED", "AeoFramework", id, f.key() + " " + f.version()));
        });
        cache.remove(id);
        return get(id);
    }

    /** A version an assessment may start from: published, or 409 naming it. */
    public Framework published(UUID id) {
        Framework f = get(id);
        if (!f.isPublished()) {
            throw StateConflictException.worded("LOADED", "frameworkNotPublished", f.key(), f.version());
        }
        return f;
    }

    public List<Framework> list() {
        return frameworks.ids().stream().map(this::get).toList();
    }

    public Framework get(UUID id) {
        Framework f = cache.get(id);
        if (f == null) {
            f = frameworks.find(id).orElseThrow(() -> new NotFoundException("AEO framework", id));
            cache.put(id, f);
        }
        return f;
    }

    /**
     * The version of a framework key (or of any key when none is given) published last: what new
     * assessments start from. A version loaded but not yet published never is.
     */
    public Framework latest(@Nullable String key) {
        return list().stream()
                .filter(f -> key == null || f.key().equals(key))
                .filter(Framework::isPublished)
                .max(java.util.Comparator.comparing(Framework::publishedAt))
                .orElseThrow(() -> key == null
                        ? InvalidInputException.worded("frameworkId", "noFramework")
                        : InvalidInputException.worded("frameworkId", "noFrameworkKey", key));
    }
}
