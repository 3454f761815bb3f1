package id.rantai.aeo.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.rantai.aeo.LiveFigure;
import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.framework.CriterionKind;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The assessment as a PDF a company can hand to a validator: group scores first, then every
 * criterion with its status, narrative, evidence list and live figures.
 */
public final class AssessmentPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    private AssessmentPdf() {}

    public static byte[] render(AssessmentView v, String companyName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("AEO self-assessment — " + companyName, TITLE));
        doc.add(new Paragraph(v.titleId(), BODY));
        doc.add(new Paragraph(
                "Framework " + v.frameworkKey() + " version " + v.frameworkVersion() + " · state "
                        + v.assessment().state() + " · round " + v.assessment().round(),
                BODY));
        doc.add(new Paragraph(
                "Overall: " + v.overallStatus() + ", score " + score(v.overallScore()) + " · answered "
                        + v.progress().answeredItems() + " of " + v.progress().applicableItems() + " items",
                HEADING));

        PdfPTable groups = new PdfPTable(new float[] {1, 8, 3, 2});
        groups.setWidthPercentage(100);
        groups.setSpacingBefore(8);
        for (String h : new String[] {"Group", "Title", "Status", "Score"}) {
            groups.addCell(new Paragraph(h, HEADING));
        }
        v.criteria().stream()
                .filter(n -> n.criterion().kind() == CriterionKind.GROUP)
                .forEach(g -> {
                    groups.addCell(new Paragraph(g.criterion().code(), BODY));
                    groups.addCell(new Paragraph(
                            g.criterion().textId() + "\n" + g.criterion().textEn(), BODY));
                    groups.addCell(new Paragraph(g.status().name(), BODY));
                    groups.addCell(new Paragraph(score(g.score()), BODY));
                });
        doc.add(groups);

        for (AssessmentView.Node n : v.criteria()) {
            Paragraph head = new Paragraph(
                    n.criterion().code() + "  " + n.criterion().textId(),
                    n.criterion().kind() == CriterionKind.GROUP ? HEADING : BODY);
            head.setSpacingBefore(n.criterion().kind() == CriterionKind.GROUP ? 10 : 4);
            head.setIndentationLeft(indent(n.criterion().kind()));
            doc.add(head);
            Paragraph status = new Paragraph(
                    "Status: " + n.status() + (n.score() == null ? "" : " · score " + score(n.score()))
                            + (n.criterion().conjunction() == null
                                    ? ""
                                    : " · items joined by \"" + n.criterion().conjunction() + "\""),
                    SMALL);
            status.setIndentationLeft(indent(n.criterion().kind()) + 10);
            doc.add(status);
            if (n.answer() != null) {
                addLine(
                        doc,
                        n,
                        "Narrative: "
                                + (n.answer().narrative() == null
                                        ? "—"
                                        : n.answer().narrative()));
                if (n.answer().justification() != null) {
                    addLine(doc, n, "Not applicable because: " + n.answer().justification());
                }
                if (n.answer().responsiblePerson() != null) {
                    addLine(doc, n, "Responsible: " + n.answer().responsiblePerson());
                }
            }
            for (AssessmentView.EvidenceRef e : n.evidence()) {
                addLine(
                        doc,
                        n,
                        "Evidence: " + e.title() + " (" + e.kind().toLowerCase(Locale.ROOT) + ", effective "
                                + e.effectiveDate() + (e.expiryDate() == null ? "" : ", expires " + e.expiryDate())
                                + ")"
                                + (e.outsideLookback() ? " — outside the period the criterion names" : ""));
            }
            for (LiveFigure f : n.live()) {
                addLine(doc, n, "From Rantai: " + f.label() + ": " + f.value());
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static void addLine(Document doc, AssessmentView.Node n, String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setIndentationLeft(indent(n.criterion().kind()) + 10);
        p.setAlignment(Element.ALIGN_LEFT);
        doc.add(p);
    }

    private static float indent(CriterionKind kind) {
        return kind.ordinal() * 12f;
    }

    private static String score(Double s) {
        return s == null ? "n/a" : String.format(Locale.ROOT, "%.0f", s);
    }
}
