package id.rantai.monitoring.alert;

import id.rantai.monitoring.AlertSeverity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Open alerts by severity, for dashboards beside the live stream. */
@Component
class AlertMetrics implements MeterBinder {
    private final JdbcAlerts alerts;

    AlertMetrics(JdbcAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (AlertSeverity severity : AlertSeverity.values()) {
            Gauge.builder("rantai.alerts.open", () -> alerts.countUnresolved(severity))
                    .tag("severity", severity.name())
                    .description("Alerts not yet resolved")
                    .register(registry);
        }
    }
}
