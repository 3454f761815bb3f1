package id.rantai.aeo.report;

import id.rantai.aeo.assessment.AssessmentView;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The assessment as CSV (RFC 4180, UTF-8), one row per framework node. Cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe: an answer typed by a company must not
 * become code on a reviewer's machine.
 */
public final class AssessmentCsv {
    private static final String HEADER = "code,kind,text_id,text_en,status,score,narrative,justification,responsible,evidence,review";

    private AssessmentCsv() {
    }

    public static String render(AssessmentView v) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AssessmentView.Node n : v.criteria()) {
            var a = n.answer();
            String evidence = n.evidence().stream().map(AssessmentView.EvidenceRef::title).collect(Collectors.joining("; "));
            row(out, n.code(), n.kind().name(), n.textId(), n.textEn(), n.status().name(),
                    n.score() == null ? "" : String.format(Locale.ROOT, "%.1f", n.score()),
                    a == null ? "" : a.narrative(), a == null ? "" : a.justification(),
                    a == null ? "" : a.responsiblePerson(), evidence, n.review() == null ? "" : n.review().name());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
