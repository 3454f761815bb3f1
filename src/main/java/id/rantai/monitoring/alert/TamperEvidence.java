package id.rantai.monitoring.alert;

import id.rantai.aeo.LiveEvidence;
import id.rantai.aeo.LiveEvidenceSource;
import id.rantai.aeo.LiveFigure;
import id.rantai.monitoring.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For AEO 6.b.3 (sealing): the tamper and forced-opening alerts of a company's trips over the last year. */
@Component
class TamperEvidence implements LiveEvidenceSource {
    private static final List<AlertType> TAMPERING =
            List.of(AlertType.SEAL_TAMPERED, AlertType.SEAL_OPENED, AlertType.UNAUTHORISED_UNLOCK);

    private final JdbcAlerts alerts;

    TamperEvidence(JdbcAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public LiveEvidence kind() {
        return LiveEvidence.SEAL_NORMS;
    }

    @Override
    public List<LiveFigure> figures(UUID organisationId, Instant now) {
        int n = alerts.countForRequester(organisationId, TAMPERING, now.minus(Duration.ofDays(365)));
        return List.of(LiveFigure.of("liveFigure.tamper", LiveFigure.count(n), n == 0));
    }
}
