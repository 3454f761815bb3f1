package id.rantai.training.compliance;

import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.rules.TrainingRules;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Exports a company can file as evidence for AEO group 5: every employee/topic pair as CSV, and a
 * report with the figures, the breakdown by department and the overdue list by topic title.
 */
@Component
public class ComplianceExports {
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    ComplianceExports(DocumentRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    /** Every required employee/topic pair, as CSV or XLSX, in the reader's language. */
    public static Sheet sheet(List<PairState> pairs, Labels l) {
        Sheet sheet = new Sheet(
                l.get("trainingdoc.report.title"),
                List.of(
                        l.get("trainingdoc.col.employeeNumber"),
                        l.get("trainingdoc.col.fullName"),
                        l.get("trainingdoc.report.department"),
                        l.get("trainingdoc.col.jobFunctions"),
                        l.get("trainingdoc.col.topicCode"),
                        l.get("trainingdoc.report.topic"),
                        l.get("trainingdoc.col.version"),
                        l.get("trainingdoc.col.status"),
                        l.get("trainingdoc.report.dueOn"),
                        l.get("trainingdoc.col.lastMet")));
        boolean english = l.locale().getLanguage().equals("en");
        pairs.stream()
                .sorted(Comparator.comparing((PairState p) -> p.employee().employeeNumber())
                        .thenComparing(p -> p.topic().code()))
                .forEach(p -> sheet.row(
                        p.employee().employeeNumber(),
                        p.employee().fullName(),
                        p.employee().department(),
                        String.join("; ", p.jobFunctions()),
                        p.topic().code(),
                        english ? p.topic().titleEn() : p.topic().titleId(),
                        p.topic().currentVersion(),
                        l.of("training.pair", p.status()),
                        p.dueOn(),
                        p.periods().stream()
                                .map(TrainingRules.Period::metOn)
                                .filter(java.util.Objects::nonNull)
                                .max(Comparator.naturalOrder())
                                .orElse(null)));
        return sheet;
    }

    /** The report of the day: figures, departments, and every overdue training named by its topic's title. */
    public byte[] pdf(String company, ComplianceViews.Report report, List<Topic> topics, Locale locale) {
        Map<UUID, Topic> byId = topics.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        return renderer.pdf(PrintedDocument.of(
                        "training/documents/compliance-report",
                        locale,
                        Letterhead.company(company),
                        messages.getMessage("trainingdoc.report.title", null, locale))
                .with("company", company)
                .with("report", report)
                .with("topics", byId));
    }
}
