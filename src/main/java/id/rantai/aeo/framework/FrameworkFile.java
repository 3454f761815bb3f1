package id.rantai.aeo.framework;

import id.rantai.aeo.LiveEvidence;
import id.rantai.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a framework file (the format is documented in the README): the framework's key, version
 * and title, and its groups as a tree of nodes. Every mistake is reported with the JSON path of the
 * field, so whoever prepares a new version can fix the file.
 */
public final class FrameworkFile {

    public record Parsed(
            String key,
            String version,
            String titleId,
            String titleEn,
            @Nullable String source,
            List<Criterion> criteria) {}

    private FrameworkFile() {}

    public static Parsed parse(JsonNode root) {
        String key = text(root, "key", "key", 64);
        String version = text(root, "version", "version", 32);
        String titleId = text(root, "titleId", "titleId", 1000);
        String titleEn = text(root, "titleEn", "titleEn", 1000);
        String source = root.hasNonNull("source") ? root.get("source").asString("") : null;
        JsonNode groups = root.get("groups");
        if (groups == null || !groups.isArray() || groups.isEmpty()) {
            throw new InvalidInputException("groups", "must be a non-empty array");
        }
        List<Criterion> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            node(groups.get(i), "groups[" + i + "]", null, CriterionKind.GROUP, i, out, codes);
        }
        return new Parsed(key, version, titleId, titleEn, source, out);
    }

    private static void node(
            JsonNode n,
            String path,
            @Nullable String parent,
            CriterionKind kind,
            int position,
            List<Criterion> out,
            Set<String> codes) {
        String code = text(n, "code", path + ".code", 32);
        String expectedPrefix = parent == null ? "" : parent + ".";
        if (!code.startsWith(expectedPrefix)
                || code.substring(expectedPrefix.length()).contains(".")
                || code.length() == expectedPrefix.length()) {
            throw new InvalidInputException(
                    path + ".code", "must be the parent's code and one more part, e.g. " + expectedPrefix + "a");
        }
        if (!codes.add(code)) {
            throw new InvalidInputException(path + ".code", "repeats " + code);
        }
        if (n.hasNonNull("kind") && !n.get("kind").asString("").equals(kind.name())) {
            throw new InvalidInputException(path + ".kind", "must be " + kind + " at this depth");
        }
        JsonNode children = n.get("children");
        boolean hasChildren = children != null && children.isArray() && !children.isEmpty();
        Combinator combinator = null;
        if (hasChildren) {
            combinator = parseEnum(Combinator.class, n, "combinator", path, Combinator.ALL);
            if (kind == CriterionKind.POINT) {
                throw new InvalidInputException(path + ".children", "points have no children");
            }
        }
        String paragraphId = optional(n, "paragraphId");
        String paragraphEn = optional(n, "paragraphEn");
        if ((paragraphId == null) != (paragraphEn == null)) {
            throw new InvalidInputException(
                    path + ".paragraphEn", "a paragraph needs both its Indonesian and English text");
        }
        Integer lookback = null;
        if (n.hasNonNull("lookbackMonths")) {
            if (!n.get("lookbackMonths").isInt() || n.get("lookbackMonths").asInt() < 1) {
                throw new InvalidInputException(path + ".lookbackMonths", "must be a positive whole number");
            }
            lookback = n.get("lookbackMonths").asInt();
        }
        List<LiveEvidence> live = new ArrayList<>();
        JsonNode liveNode = n.get("liveEvidence");
        if (liveNode != null && liveNode.isArray()) {
            for (int i = 0; i < liveNode.size(); i++) {
                try {
                    live.add(LiveEvidence.valueOf(liveNode.get(i).asString("")));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(
                            path + ".liveEvidence[" + i + "]", "is not one of " + List.of(LiveEvidence.values()));
                }
            }
        }
        out.add(new Criterion(
                code,
                parent,
                kind,
                position,
                text(n, "textId", path + ".textId", 4000),
                text(n, "textEn", path + ".textEn", 4000),
                paragraphId,
                paragraphEn,
                combinator,
                optional(n, "conjunctionId"),
                parseEnum(AppliesWhen.class, n, "condition", path, null),
                lookback,
                live));
        if (hasChildren) {
            CriterionKind childKind = CriterionKind.values()[kind.ordinal() + 1];
            for (int i = 0; i < children.size(); i++) {
                node(children.get(i), path + ".children[" + i + "]", code, childKind, i, out, codes);
            }
        }
    }

    private static String text(JsonNode n, String name, String path, int max) {
        JsonNode v = n.get(name);
        if (v == null || !v.isString() || v.asString("").isBlank()) {
            throw InvalidInputException.worded(path, "required");
        }
        if (v.asString("").length() > max) {
            throw InvalidInputException.worded(path, "tooLong", max);
        }
        return v.asString("");
    }

    private static @Nullable String optional(JsonNode n, String name) {
        return n.hasNonNull(name) ? n.get(name).asString("") : null;
    }

    private static <E extends Enum<E>> @Nullable E parseEnum(
            Class<E> type, JsonNode n, String name, String path, @Nullable E fallback) {
        if (!n.hasNonNull(name)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, n.get(name).asString(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path + "." + name, "is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
