package id.rantai.training.compliance;

import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.training.TrainingCompliance;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
                new LiveFigure(
                        "Security training compliance",
                        String.format(
                                Locale.ROOT,
                                "%.1f %% (%d of %d required topics)",
                                f.rate(),
                                f.compliant(),
                                f.requiredPairs()),
                        f.overdue() == 0),
                new LiveFigure("Employees in the programme", Integer.toString(f.activeEmployees()), null),
                new LiveFigure("Overdue trainings", Integer.toString(f.overdue()), f.overdue() == 0));
    }
}
