package id.rantai.aeo.framework;

/** The levels of the framework: group (1–7), lettered criterion, numbered item, lettered point. */
public enum CriterionKind {
    GROUP,
    CRITERION,
    ITEM,
    POINT
}
