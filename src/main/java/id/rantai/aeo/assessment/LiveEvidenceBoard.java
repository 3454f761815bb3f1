package id.rantai.aeo.assessment;

import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Asks every live-evidence source for a company's figures of the kinds a criterion shows. */
@Component
class LiveEvidenceBoard {
    private final List<LiveEvidenceSource> sources;
    private final Clock clock;

    LiveEvidenceBoard(List<LiveEvidenceSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    Map<LiveEvidence, List<LiveFigure>> figures(UUID organisationId) {
        Map<LiveEvidence, List<LiveFigure>> out = new EnumMap<>(LiveEvidence.class);
        for (LiveEvidenceSource s : sources) {
            out.computeIfAbsent(s.kind(), k -> new ArrayList<>()).addAll(s.figures(organisationId, clock.instant()));
        }
        return out;
    }

    static List<LiveFigure> forKinds(Map<LiveEvidence, List<LiveFigure>> all, List<LiveEvidence> kinds) {
        List<LiveFigure> out = new ArrayList<>();
        for (LiveEvidence k : kinds) {
            List<LiveFigure> f = all.get(k);
            if (f == null || f.isEmpty()) {
                out.add(new LiveFigure(
                        LiveFigure.text("liveFigure.kind." + k.name()), LiveFigure.text("liveFigure.noRecords"), null));
            } else {
                out.addAll(f);
            }
        }
        return out;
    }
}
