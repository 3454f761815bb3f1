package id.rantai.aeo.framework;

/**
 * How a node's children combine, as the framework's own wording says between its items.
 * <ul>
 *   <li>{@code ALL} — "dan" (and), or a plain list: every applicable child is required.</li>
 *   <li>{@code AND_OR} — "dan/atau" (and/or): inclusive; any one met child meets the node, while
 *       its score is the mean of its applicable children, so breadth still shows.</li>
 *   <li>{@code ANY} — "atau" (or): alternatives; the best eligible one counts (3.b: an unqualified
 *       opinion, or a qualified one for small and medium businesses).</li>
 * </ul>
 */
public enum Combinator {
    ALL,
    AND_OR,
    ANY
}
