package id.rantai.training.compliance;

import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.training.TrainingCompliance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For AEO group 5: the company's training compliance, as the training module publishes it. */
@Component
class TrainingEvidence implements LiveEvidenceSource {
    private final TrainingCompliance compliance;

    TrainingEvidence(TrainingCompliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public LiveEvidence kind() {
        return LiveEvidence.TRAINING_COMPLIANCE;
    }

    @Override
    public List<LiveFigure> figures(UUID organisationId, Instant now) {
        TrainingCompliance.Figure f = compliance.figure(organisationId);
        if (f.activeEmployees() == 0) {
            return List.of();
        }
        return List.of(
                // The rate is the share covered today, refreshers due soon included (see TrainingCompliance.Figure).
                LiveFigure.of(
                        "liveFigure.training.rate",
                        LiveFigure.text("liveFigure.training.rateValue", f.rate(), f.covered(), f.requiredPairs()),
                        f.overdue() == 0),
                LiveFigure.of("liveFigure.training.dueSoon", LiveFigure.count(f.dueSoon()), null),
                LiveFigure.of("liveFigure.training.employees", LiveFigure.count(f.activeEmployees()), null),
                LiveFigure.of("liveFigure.training.overdue", LiveFigure.count(f.overdue()), f.overdue() == 0));
    }
}
