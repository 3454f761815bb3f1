package id.rantai.aeo.assessment;

import id.rantai.aeo.framework.AppliesWhen;
import id.rantai.aeo.framework.Combinator;
import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls a company's answers up through the framework: items to criteria to groups, by the
 * framework's own conjunctions (see {@link Combinator}). Leaves score 100 (met), 50 (partly met) or
 * 0 (not met, or not answered yet); not-applicable items and items whose condition the company does
 * not meet (not a small or medium business, no reefers) drop out. Plain Java, tested directly.
 */
public final class Scoring {

    /** A node's outcome; {@code score} is null when nothing under it applies. */
    public record NodeScore(String code, AnswerStatus status, Double score, int applicableItems, int answeredItems) {}

    public record Profile(boolean smallMediumEnterprise, boolean reeferContainers) {
        boolean satisfies(AppliesWhen condition) {
            return switch (condition) {
                case SMALL_MEDIUM_ENTERPRISE -> smallMediumEnterprise;
                case REEFER_CONTAINERS -> reeferContainers;
            };
        }
    }

    private Scoring() {}

    /** Every node's outcome, keyed by code, in document order. */
    public static Map<String, NodeScore> score(
            Framework framework, Map<String, AnswerStatus> answers, Profile profile) {
        Map<String, NodeScore> out = new LinkedHashMap<>();
        for (Criterion group : framework.groups()) {
            node(framework, group, answers, profile, out);
        }
        Map<String, NodeScore> ordered = new LinkedHashMap<>();
        framework.all().forEach(c -> ordered.put(c.code(), out.get(c.code())));
        return ordered;
    }

    /** The whole assessment: the mean of the applicable groups (groups are joined by "and"). */
    public static NodeScore overall(Map<String, NodeScore> scores, Framework framework) {
        List<NodeScore> groups =
                framework.groups().stream().map(g -> scores.get(g.code())).toList();
        return combine("", Combinator.ALL, groups);
    }

    private static NodeScore node(
            Framework f, Criterion c, Map<String, AnswerStatus> answers, Profile profile, Map<String, NodeScore> out) {
        NodeScore result;
        if (c.appliesWhen() != null && !profile.satisfies(c.appliesWhen())) {
            // Score the subtree anyway so every node has an entry, then set it aside.
            List<NodeScore> below = new ArrayList<>();
            f.children(c.code()).forEach(child -> below.add(node(f, child, answers, profile, out)));
            result = new NodeScore(c.code(), AnswerStatus.NOT_APPLICABLE, null, 0, 0);
        } else if (f.isLeaf(c.code())) {
            AnswerStatus s = answers.getOrDefault(c.code(), AnswerStatus.UNANSWERED);
            result = s == AnswerStatus.NOT_APPLICABLE
                    ? new NodeScore(c.code(), s, null, 0, 0)
                    : new NodeScore(c.code(), s, (double) s.score(), 1, s == AnswerStatus.UNANSWERED ? 0 : 1);
        } else {
            List<NodeScore> children = new ArrayList<>();
            f.children(c.code()).forEach(child -> children.add(node(f, child, answers, profile, out)));
            result = combine(c.code(), c.combinator() == null ? Combinator.ALL : c.combinator(), children);
        }
        out.put(c.code(), result);
        return result;
    }

    static NodeScore combine(String code, Combinator combinator, List<NodeScore> children) {
        List<NodeScore> applicable = children.stream()
                .filter(n -> n.status() != AnswerStatus.NOT_APPLICABLE)
                .toList();
        int items = applicable.stream().mapToInt(NodeScore::applicableItems).sum();
        int answered = applicable.stream().mapToInt(NodeScore::answeredItems).sum();
        if (applicable.isEmpty()) {
            return new NodeScore(code, AnswerStatus.NOT_APPLICABLE, null, 0, 0);
        }
        double mean =
                applicable.stream().mapToDouble(NodeScore::score).average().orElse(0);
        return switch (combinator) {
            case ALL -> new NodeScore(code, allOf(applicable), mean, items, answered);
            case AND_OR -> new NodeScore(code, anyOf(applicable), mean, items, answered);
            case ANY -> {
                NodeScore best = applicable.stream()
                        .max(Comparator.comparingInt((NodeScore n) -> n.status().rank())
                                .thenComparingDouble(NodeScore::score))
                        .orElseThrow();
                yield new NodeScore(code, best.status(), best.score(), items, answered);
            }
        };
    }

    private static AnswerStatus allOf(List<NodeScore> children) {
        if (children.stream().allMatch(n -> n.status() == AnswerStatus.MET)) {
            return AnswerStatus.MET;
        }
        if (children.stream().allMatch(n -> n.status() == AnswerStatus.UNANSWERED)) {
            return AnswerStatus.UNANSWERED;
        }
        if (children.stream()
                .allMatch(n -> n.status() == AnswerStatus.NOT_MET || n.status() == AnswerStatus.UNANSWERED)) {
            return AnswerStatus.NOT_MET;
        }
        return AnswerStatus.PARTLY_MET;
    }

    private static AnswerStatus anyOf(List<NodeScore> children) {
        if (children.stream().anyMatch(n -> n.status() == AnswerStatus.MET)) {
            return AnswerStatus.MET;
        }
        if (children.stream().anyMatch(n -> n.status() == AnswerStatus.PARTLY_MET)) {
            return AnswerStatus.PARTLY_MET;
        }
        if (children.stream().allMatch(n -> n.status() == AnswerStatus.UNANSWERED)) {
            return AnswerStatus.UNANSWERED;
        }
        return AnswerStatus.NOT_MET;
    }
}
