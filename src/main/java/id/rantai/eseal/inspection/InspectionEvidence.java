package id.rantai.eseal.inspection;

import id.rantai.aeo.LinkableRecords;
import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.shared.time.OfficeTimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
                LiveFigure.of("liveFigure.inspection.recorded", LiveFigure.count(all.size()), null),
                LiveFigure.of("liveFigure.inspection.unsound", LiveFigure.count(failed), null),
                LiveFigure.of("liveFigure.inspection.reefers", LiveFigure.count(reefers), null),
                LiveFigure.of(
                        "liveFigure.inspection.last",
                        LiveFigure.day(LocalDate.ofInstant(all.get(0).inspectedAt(), OfficeTimeZone.WIB.zone())),
                        null));
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
