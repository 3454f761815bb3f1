package id.rantai.training.compliance;

import id.rantai.shared.csv.CsvWriter;
import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.rules.TrainingRules;
import java.time.LocalDate;
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

    public static String csv(List<PairState> pairs) {
        StringBuilder out = new StringBuilder(
                "employee_number,full_name,department,job_functions,topic_code,topic_version,status,due_on,last_met_on\r\n");
        pairs.stream()
                .sorted(Comparator.comparing((PairState p) -> p.employee().employeeNumber())
                        .thenComparing(p -> p.topic().code()))
                .forEach(p -> {
                    LocalDate lastMet = p.periods().stream()
                            .map(TrainingRules.Period::metOn)
                            .filter(java.util.Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    CsvWriter.row(
                            out,
                            p.employee().employeeNumber(),
                            p.employee().fullName(),
                            p.employee().department(),
                            String.join(";", p.jobFunctions()),
                            p.topic().code(),
                            Integer.toString(p.topic().currentVersion()),
                            p.status().name(),
                            p.dueOn() == null ? "" : p.dueOn().toString(),
                            lastMet == null ? "" : lastMet.toString());
                });
        return out.toString();
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
