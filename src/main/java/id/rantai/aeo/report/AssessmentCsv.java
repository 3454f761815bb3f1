package id.rantai.aeo.report;

import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.Sheet;
import java.util.List;
import java.util.stream.Collectors;

/** The assessment as a table (CSV or XLSX), one row per framework node, headings and states in the reader's language. */
public final class AssessmentCsv {
    private AssessmentCsv() {}

    public static Sheet sheet(AssessmentView v, Labels l) {
        Sheet sheet = new Sheet(
                l.get("aeodoc.title"),
                List.of(
                        l.get("aeodoc.code"),
                        l.get("aeodoc.col.kind"),
                        l.get("aeodoc.col.textId"),
                        l.get("aeodoc.col.textEn"),
                        l.get("aeodoc.status"),
                        l.get("aeodoc.score"),
                        l.get("aeodoc.narrative"),
                        l.get("aeodoc.justification"),
                        l.get("aeodoc.responsible"),
                        l.get("aeodoc.evidence"),
                        l.get("aeodoc.col.review")));
        for (AssessmentView.Node n : v.criteria()) {
            var a = n.answer();
            String evidence =
                    n.evidence().stream().map(AssessmentView.EvidenceRef::title).collect(Collectors.joining("; "));
            sheet.row(
                    n.criterion().code(),
                    l.of("aeo.kind", n.criterion().kind()),
                    n.criterion().textId(),
                    n.criterion().textEn(),
                    l.of("aeo.status", n.status()),
                    n.score(),
                    a == null ? null : a.narrative(),
                    a == null ? null : a.justification(),
                    a == null ? null : a.responsiblePerson(),
                    evidence,
                    l.of("aeo.verdict", n.review()));
        }
        return sheet;
    }
}
