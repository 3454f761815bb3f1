package id.rantai.monitoring.health;

import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The provider's device availability over a period — per seal, time on trips, time reachable,
 * availability, signal losses and disruptions — as a PDF/A document and as a workbook, the figures
 * a provider's service-level review with customs starts from.
 */
@Component
public class AvailabilityExports {
    private final DocumentRenderer renderer;
    private final Organisations organisations;
    private final MessageSource messages;

    AvailabilityExports(DocumentRenderer renderer, Organisations organisations, MessageSource messages) {
        this.renderer = renderer;
        this.organisations = organisations;
        this.messages = messages;
    }

    public byte[] pdf(Actor actor, Instant from, Instant to, List<SealHealth.Availability> rows, Locale locale) {
        String name = actor.organisationId() == null
                ? "Rantai"
                : organisations
                        .find(actor.organisationId())
                        .map(Organisation::name)
                        .orElse("Rantai");
        return renderer.pdf(PrintedDocument.of(
                        "monitoring/documents/availability-report",
                        locale,
                        Letterhead.company(name),
                        messages.getMessage("availdoc.title", null, locale))
                .with("from", from)
                .with("to", to)
                .with("rows", rows));
    }

    public static Sheet sheet(List<SealHealth.Availability> rows, Labels l) {
        Sheet sheet = new Sheet(
                l.get("availdoc.title"),
                List.of(
                        l.get("seals.serial"),
                        l.get("availdoc.onTripHours"),
                        l.get("availdoc.reachableHours"),
                        l.get("health.availability") + " (%)",
                        l.get("availdoc.signalLosses"),
                        l.get("availdoc.disruptions")));
        for (SealHealth.Availability a : rows) {
            sheet.row(
                    a.serialNumber(),
                    Math.round(a.onTripSeconds() / 36.0) / 100.0,
                    Math.round(a.reachableSeconds() / 36.0) / 100.0,
                    a.availability() == null ? null : Math.round(a.availability() * 1000) / 10.0,
                    a.signalLosses(),
                    a.disruptions());
        }
        return sheet;
    }
}
