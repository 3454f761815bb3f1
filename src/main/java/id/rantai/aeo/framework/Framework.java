package id.rantai.aeo.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A loaded framework version with its criteria in document order. Immutable. */
public final class Framework {
    private final UUID id;
    private final String key;
    private final String version;
    private final String titleId;
    private final String titleEn;
    private final Instant loadedAt;
    private final @Nullable Instant publishedAt;
    private final Map<String, Criterion> byCode = new LinkedHashMap<>();
    private final Map<String, List<Criterion>> children = new LinkedHashMap<>();

    public Framework(
            UUID id,
            String key,
            String version,
            String titleId,
            String titleEn,
            Instant loadedAt,
            @Nullable Instant publishedAt,
            List<Criterion> criteria) {
        this.id = id;
        this.key = key;
        this.version = version;
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.loadedAt = loadedAt;
        this.publishedAt = publishedAt;
        for (Criterion c : criteria) {
            byCode.put(c.code(), c);
            children.computeIfAbsent(c.parentCode() == null ? "" : c.parentCode(), k -> new ArrayList<>())
                    .add(c);
        }
        children.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.position(), b.position())));
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String version() {
        return version;
    }

    public String titleId() {
        return titleId;
    }

    public String titleEn() {
        return titleEn;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** When an administrator made it the version new assessments start from; null while only loaded. */
    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Criterion> groups() {
        return children(null);
    }

    public List<Criterion> children(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code == null ? "" : code, List.of()));
    }

    /** The node and the nodes above it, nearest first: where an inherited setting (a condition, a window) is found. */
    public List<Criterion> lineage(Criterion c) {
        List<Criterion> out = new ArrayList<>();
        for (Criterion at = c; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            out.add(at);
        }
        return out;
    }

    public boolean isLeaf(String code) {
        return children(code).isEmpty();
    }

    /** Every node in document order. */
    public List<Criterion> all() {
        List<Criterion> out = new ArrayList<>();
        groups().forEach(g -> collect(g, out));
        return out;
    }

    /** The answerable nodes, in document order. */
    public List<Criterion> leaves() {
        return all().stream().filter(c -> isLeaf(c.code())).toList();
    }

    private void collect(Criterion c, List<Criterion> out) {
        out.add(c);
        children(c.code()).forEach(child -> collect(child, out));
    }
}
