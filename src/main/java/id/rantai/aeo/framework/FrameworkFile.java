package id.rantai.aeo.framework;

import id.rantai.aeo.LiveEvidence;
import id.rantai.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a framework file (the format is documented in the README): the framework's key, version
 * and title, and its groups as a tree of nodes. The whole file is checked before anything is kept,
 * and every mistake is reported at once with the JSON path of its field, so whoever prepares a new
 * version fixes the file in one go: a framework decides companies' AEO rankings, so a node Rantai
 * cannot score (a group with nothing under it, an unknown combinator, a misspelt field) is refused
 * rather than guessed at.
 */
public final class FrameworkFile {

    public record Parsed(
            String key,
            String version,
            String titleId,
            String titleEn,
            @Nullable String source,
            List<Criterion> criteria) {}

    private static final Set<String> ROOT_FIELDS = Set.of("key", "version", "titleId", "titleEn", "source", "groups");
    private static final Set<String> NODE_FIELDS = Set.of(
            "code",
            "kind",
            "textId",
            "textEn",
            "paragraphId",
            "paragraphEn",
            "combinator",
            "conjunctionId",
            "condition",
            "lookbackMonths",
            "liveEvidence",
            "children");
    private static final int MAX_LOOKBACK_MONTHS = 120;

    private final List<InvalidInputException> findings = new ArrayList<>();
    private final Map<String, String> pathOfCode = new HashMap<>();
    private final List<Criterion> criteria = new ArrayList<>();

    private FrameworkFile() {}

    /** The file's framework, or every finding at once (400 with an {@code errors} list). */
    public static Parsed parse(JsonNode root) {
        return new FrameworkFile().read(root);
    }

    private Parsed read(JsonNode root) {
        if (!root.isObject()) {
            throw InvalidInputException.worded("file", "mustBeObject");
        }
        unknownFields(root, "", ROOT_FIELDS);
        String key = text(root, "key", "key", 64);
        if (key != null && !key.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
            fail("key", "frameworkKeyShape");
        }
        String version = text(root, "version", "version", 32);
        String titleId = text(root, "titleId", "titleId", 1000);
        String titleEn = text(root, "titleEn", "titleEn", 1000);
        String source = optionalText(root, "source", "source", 1000);
        JsonNode groups = root.get("groups");
        if (groups == null || !groups.isArray() || groups.isEmpty()) {
            fail("groups", "nonEmptyArray");
        } else {
            for (int i = 0; i < groups.size(); i++) {
                node(groups.get(i), "groups[" + i + "]", null, CriterionKind.GROUP, i);
            }
        }
        if (!findings.isEmpty()) {
            throw InvalidInputException.all(findings);
        }
        return new Parsed(key, version, titleId, titleEn, source, criteria);
    }

    private void node(JsonNode n, String path, @Nullable String parent, CriterionKind kind, int position) {
        if (!n.isObject()) {
            fail(path, "mustBeObject");
            return;
        }
        unknownFields(n, path + ".", NODE_FIELDS);
        String code = text(n, "code", path + ".code", 32);
        String expectedPrefix = parent == null ? "" : parent + ".";
        if (code != null) {
            String part = code.startsWith(expectedPrefix) ? code.substring(expectedPrefix.length()) : "";
            if (!part.matches("[0-9A-Za-z]+")) {
                fail(path + ".code", "codeShape", expectedPrefix + (parent == null ? "1" : "a"));
            } else if (pathOfCode.putIfAbsent(code, path) != null) {
                fail(path + ".code", "codeRepeated", code, pathOfCode.get(code));
            }
        }
        if (n.has("kind")
                && !(n.get("kind").isString() && n.get("kind").asString("").equals(kind.name()))) {
            fail(path + ".kind", "kindAtDepth", kind.name());
        }
        JsonNode children = n.get("children");
        if (children != null && !children.isArray()) {
            fail(path + ".children", "mustBeArray");
            children = null;
        }
        boolean hasChildren = children != null && !children.isEmpty();
        if (hasChildren && kind == CriterionKind.POINT) {
            fail(path + ".children", "pointNoChildren");
            hasChildren = false;
        }
        if (!hasChildren && kind == CriterionKind.GROUP) {
            // A group is scored only through its criteria: one without any would count as met.
            fail(path + ".children", "groupNeedsChildren");
        }
        Combinator combinator = null;
        if (hasChildren) {
            combinator = oneOf(Combinator.class, n, "combinator", path, Combinator.ALL);
        } else if (n.has("combinator")) {
            fail(path + ".combinator", "combinatorOnLeaf");
        }
        String textId = text(n, "textId", path + ".textId", 4000);
        String textEn = text(n, "textEn", path + ".textEn", 4000);
        String paragraphId = optionalText(n, "paragraphId", path + ".paragraphId", 4000);
        String paragraphEn = optionalText(n, "paragraphEn", path + ".paragraphEn", 4000);
        if ((paragraphId == null) != (paragraphEn == null)) {
            fail(paragraphId == null ? path + ".paragraphId" : path + ".paragraphEn", "paragraphBoth");
        }
        String conjunction = optionalText(n, "conjunctionId", path + ".conjunctionId", 32);
        AppliesWhen condition = oneOf(AppliesWhen.class, n, "condition", path, null);
        Integer lookback = null;
        if (n.has("lookbackMonths")) {
            JsonNode l = n.get("lookbackMonths");
            if (!l.isInt() || l.asInt() < 1 || l.asInt() > MAX_LOOKBACK_MONTHS) {
                fail(path + ".lookbackMonths", "wholeNumberBetween", 1, MAX_LOOKBACK_MONTHS);
            } else {
                lookback = l.asInt();
            }
        }
        List<LiveEvidence> live = liveEvidence(n.get("liveEvidence"), path + ".liveEvidence");
        if (code != null && textId != null && textEn != null) {
            criteria.add(new Criterion(
                    code,
                    parent,
                    kind,
                    position,
                    textId,
                    textEn,
                    paragraphId,
                    paragraphEn,
                    combinator,
                    conjunction,
                    condition,
                    lookback,
                    live));
        }
        if (hasChildren) {
            CriterionKind childKind = CriterionKind.values()[kind.ordinal() + 1];
            boolean everyChildConditional = true;
            for (int i = 0; i < children.size(); i++) {
                JsonNode child = children.get(i);
                everyChildConditional &= child.hasNonNull("condition");
                node(child, path + ".children[" + i + "]", code, childKind, i);
            }
            if (everyChildConditional) {
                // A company without the condition would have nothing to answer here, yet the node applies to it.
                fail(path + ".children", "allChildrenConditional");
            }
        }
    }

    private List<LiveEvidence> liveEvidence(@Nullable JsonNode node, String path) {
        List<LiveEvidence> live = new ArrayList<>();
        if (node == null) {
            return live;
        }
        if (!node.isArray()) {
            fail(path, "mustBeArray");
            return live;
        }
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).isString() ? node.get(i).asString("") : "";
            try {
                live.add(LiveEvidence.valueOf(name));
            } catch (IllegalArgumentException e) {
                fail(path + "[" + i + "]", "oneOf", names(LiveEvidence.values()));
            }
        }
        return live;
    }

    private void unknownFields(JsonNode n, String prefix, Set<String> known) {
        for (String name : n.propertyNames()) {
            if (!known.contains(name)) {
                fail(
                        prefix + name,
                        "unknownField",
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private @Nullable String text(JsonNode n, String name, String path, int max) {
        JsonNode v = n.get(name);
        if (v == null || !v.isString() || v.asString("").isBlank()) {
            fail(path, "requiredText", max);
            return null;
        }
        if (v.asString("").length() > max) {
            fail(path, "tooLong", max);
            return null;
        }
        return v.asString("");
    }

    private @Nullable String optionalText(JsonNode n, String name, String path, int max) {
        return n.hasNonNull(name) ? text(n, name, path, max) : null;
    }

    private <E extends Enum<E>> @Nullable E oneOf(
            Class<E> type, JsonNode n, String name, String path, @Nullable E fallback) {
        if (!n.hasNonNull(name)) {
            return fallback;
        }
        String value = n.get(name).isString() ? n.get(name).asString("") : "";
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            fail(path + "." + name, "oneOf", names(type.getEnumConstants()));
            return fallback;
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    private void fail(String field, String key, Object... args) {
        findings.add(InvalidInputException.worded(field, key, args));
    }
}
