package id.rantai.eseal.inspection;

import id.rantai.aeo.LinkableRecords;
import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For AEO 6.b.4: the company's conveyance inspections over the last year; and a link target for evidence. */
@Component
class InspectionEvidence implements LiveEvidenceSource, LinkableRecords {
    private final ConveyanceInspections inspections;

    InspectionEvidence(ConveyanceInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public LiveEvidence kind() {
        return LiveEvidence.CONVEYANCE_INSPECTIONS;
    }

    @Override
    public List<LiveFigure> figures(UUID organisationId, Instant now) {
        List<ConveyanceInspection> all = inspections.since(organisationId, now.minus(Duration.ofDays(365)));
        if (all.isEmpty()) {
            return List.of();
        }
        long failed = all.stream().filter(i -> !i.passed()).count();
        long reefers = all.stream().filter(ConveyanceInspection::reefer).count();
        return List.of(
                new LiveFigure("Conveyance inspections recorded (12 months)", Integer.toString(all.size()), null),
                new LiveFigure("Found unsound", Long.toString(failed), null),
                new LiveFigure("Reefers inspected on eight points", Long.toString(reefers), null),
                new LiveFigure("Last inspection", all.get(0).inspectedAt().toString(), null));
    }

    @Override
    public String type() {
        return "CONVEYANCE_INSPECTION";
    }

    @Override
    public boolean belongsTo(UUID recordId, UUID organisationId) {
        return inspections.belongsTo(recordId, organisationId);
    }
}
