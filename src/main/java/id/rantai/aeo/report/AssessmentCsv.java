package id.rantai.aeo.report;

import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.shared.csv.CsvWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The assessment as CSV (RFC 4180, UTF-8, formula-safe), one row per framework node. */
public final class AssessmentCsv {
    private static final String HEADER =
            "code,kind,text_id,text_en,status,score,narrative,justification,responsible,evidence,review";

    private AssessmentCsv() {}

    public static String render(AssessmentView v) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AssessmentView.Node n : v.criteria()) {
            var a = n.answer();
            String evidence =
                    n.evidence().stream().map(AssessmentView.EvidenceRef::title).collect(Collectors.joining("; "));
            CsvWriter.row(
                    out,
                    n.criterion().code(),
                    n.criterion().kind().name(),
                    n.criterion().textId(),
                    n.criterion().textEn(),
                    n.status().name(),
                    n.score() == null ? "" : String.format(Locale.ROOT, "%.1f", n.score()),
                    a == null ? "" : a.narrative(),
                    a == null ? "" : a.justification(),
                    a == null ? "" : a.responsiblePerson(),
                    evidence,
                    n.review() == null ? "" : n.review().name());
        }
        return out.toString();
    }
}
