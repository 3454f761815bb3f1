package id.rantai.aeo.framework;

import id.rantai.aeo.LiveEvidence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One node of a framework version: a group, a criterion, an item or a point, in the original
 * Indonesian and in English. Only leaves are answered; the rest roll up by their combinator.
 *
 * @param code           dotted position, e.g. {@code 6.b.4.h}
 * @param paragraphId    unnumbered text that belongs to the node (3.b's closing clause, 6.g's body)
 * @param conjunction    the word between the last children in the original ("dan", "dan/atau", "atau")
 * @param lookbackMonths the period the text names ("2 (dua) tahun terakhir"): evidence must fall in it
 */
public record Criterion(
        String code,
        @Nullable String parentCode,
        CriterionKind kind,
        int position,
        String textId,
        String textEn,
        @Nullable String paragraphId,
        @Nullable String paragraphEn,
        @Nullable Combinator combinator,
        @Nullable String conjunction,
        @Nullable AppliesWhen appliesWhen,
        @Nullable Integer lookbackMonths,
        List<LiveEvidence> liveEvidence) {
    public Criterion {
        liveEvidence = List.copyOf(liveEvidence);
    }
}
