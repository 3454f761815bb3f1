package id.rantai.eseal.norm;

import id.rantai.identity.Actor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The SOP time-norm report as a document for the office's files (PDF/A) and as a workbook: per
 * customs office and per provider, each norm's deadlines, met, breached, running, rate and average.
 */
@Component
public class NormReportExports {
    private final DocumentRenderer renderer;
    private final Organisations organisations;
    private final MessageSource messages;

    NormReportExports(DocumentRenderer renderer, Organisations organisations, MessageSource messages) {
        this.renderer = renderer;
        this.organisations = organisations;
        this.messages = messages;
    }

    public byte[] pdf(Actor actor, NormReports.Report report, Locale locale) {
        return renderer.pdf(PrintedDocument.of(
                        "eseal/documents/norm-report",
                        locale,
                        letterhead(actor),
                        messages.getMessage("normdoc.title", null, locale))
                .with("report", report));
    }

    /** One worksheet: a row per organisation and norm with deadlines in the period. */
    public static Sheet sheet(NormReports.Report report, Labels l) {
        Sheet sheet = new Sheet(
                l.get("normdoc.title"),
                List.of(
                        l.get("normdoc.grouping"),
                        l.get("norms.organisation"),
                        l.get("norms.norm"),
                        l.get("norms.total"),
                        l.get("normOutcome.MET"),
                        l.get("normOutcome.BREACHED"),
                        l.get("normOutcome.PENDING"),
                        l.get("norms.rate"),
                        l.get("normdoc.averageSeconds"),
                        l.get("normdoc.maxSeconds")));
        add(sheet, l.get("norms.byOffice"), report.byOffice(), l);
        add(sheet, l.get("norms.byProvider"), report.byProvider(), l);
        return sheet;
    }

    private static void add(Sheet sheet, String grouping, List<NormReports.Group> groups, Labels l) {
        for (NormReports.Group g : groups) {
            for (NormFigures f : g.norms()) {
                if (f.total() > 0) {
                    sheet.row(
                            grouping,
                            g.name(),
                            l.get("norm." + f.norm().name()),
                            f.total(),
                            f.met(),
                            f.breached(),
                            f.pending(),
                            f.complianceRate() == null ? null : Math.round(f.complianceRate() * 1000) / 10.0,
                            f.averageSeconds(),
                            f.maxSeconds());
                }
            }
        }
    }

    /** A customs office's report carries the DJBC letterhead; anyone else's their organisation's name. */
    private Letterhead letterhead(Actor actor) {
        Organisation org = actor.organisationId() == null
                ? null
                : organisations.find(actor.organisationId()).orElse(null);
        if (org == null) {
            return Letterhead.company("Rantai");
        }
        if (org.kind() == OrganisationKind.CUSTOMS_OFFICE) {
            return Letterhead.institution(
                    List.of("Kementerian Keuangan Republik Indonesia", "Direktorat Jenderal Bea dan Cukai", org.name()),
                    null);
        }
        return Letterhead.company(org.name());
    }
}
