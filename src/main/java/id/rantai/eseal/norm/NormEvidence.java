package id.rantai.eseal.norm;

import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.eseal.Norm;
import id.rantai.shared.Wording;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For AEO 6.b.3 (sealing): how the E-Seal SOP norms were kept on a company's trips over the last year. */
@Component
class NormEvidence implements LiveEvidenceSource {
    private final JdbcNormDeadlines deadlines;

    NormEvidence(JdbcNormDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public LiveEvidence kind() {
        return LiveEvidence.SEAL_NORMS;
    }

    @Override
    public List<LiveFigure> figures(UUID organisationId, Instant now) {
        // The window's end is exclusive; a deadline started this very second belongs in it.
        List<NormDeadline> all = deadlines.startedBetween(
                now.minus(Duration.ofDays(365)), now.plusSeconds(1), organisationId, null, null);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Norm, List<NormDeadline>> byNorm = new EnumMap<>(Norm.class);
        all.forEach(
                d -> byNorm.computeIfAbsent(d.norm(), k -> new ArrayList<>()).add(d));
        List<LiveFigure> out = new ArrayList<>();
        int met = 0, decided = 0;
        for (var e : byNorm.entrySet()) {
            NormFigures f = NormFigures.of(e.getKey(), e.getValue());
            met += f.met();
            decided += f.met() + f.breached();
            out.add(new LiveFigure(
                    LiveFigure.text(
                            "liveFigure.norm.one",
                            Wording.label("norm." + e.getKey().name())),
                    LiveFigure.text("liveFigure.norm.metBreached", f.met(), f.breached()),
                    f.breached() == 0));
        }
        out.add(
                0,
                LiveFigure.of(
                        "liveFigure.norm.all",
                        decided == 0
                                ? LiveFigure.text("liveFigure.noneDecided")
                                : LiveFigure.text(
                                        "liveFigure.percentOf",
                                        met,
                                        decided,
                                        Math.round(1000.0 * met / decided) / 10.0),
                        decided == 0 ? null : met == decided));
        return out;
    }
}
