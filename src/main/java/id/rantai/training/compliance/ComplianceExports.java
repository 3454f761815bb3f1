package id.rantai.training.compliance;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.rantai.shared.csv.CsvWriter;
import id.rantai.training.TrainingCompliance;
import id.rantai.training.rules.TrainingRules;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Exports a company can file as evidence for AEO group 5: every employee/topic pair as CSV, and a
 * PDF with the figures, the breakdown by department and the overdue list.
 */
public final class ComplianceExports {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ComplianceExports() {}

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

    public static byte[] pdf(
            String company,
            TrainingCompliance.Figure figure,
            List<ComplianceViews.Row> departments,
            List<ComplianceViews.Overdue> overdue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Security training compliance — " + company, TITLE));
        doc.add(new Paragraph(
                "As of " + figure.on() + ": " + String.format(Locale.ROOT, "%.1f %%", figure.rate())
                        + " of required trainings current (" + figure.compliant() + " of " + figure.requiredPairs()
                        + "), "
                        + figure.dueSoon() + " due soon, " + figure.overdue() + " overdue, " + figure.activeEmployees()
                        + " employees in the programme.",
                BODY));
        doc.add(new Paragraph("By department", HEAD));
        PdfPTable t = new PdfPTable(new float[] {5, 2, 2, 2, 2, 2});
        t.setWidthPercentage(100);
        for (String h : new String[] {"Department", "Employees", "Required", "Compliant", "Overdue", "Rate %"}) {
            t.addCell(new Paragraph(h, HEAD));
        }
        for (ComplianceViews.Row r : departments) {
            for (String c : new String[] {
                r.key(),
                Integer.toString(r.employees()),
                Integer.toString(r.requiredPairs()),
                Integer.toString(r.compliant()),
                Integer.toString(r.overdue()),
                String.format(Locale.ROOT, "%.1f", r.rate())
            }) {
                t.addCell(new Paragraph(c, BODY));
            }
        }
        doc.add(t);
        doc.add(new Paragraph("Overdue (" + overdue.size() + ")", HEAD));
        for (ComplianceViews.Overdue o : overdue) {
            doc.add(new Paragraph(
                    o.employeeNumber() + " " + o.fullName() + " (" + o.department() + "): " + o.topicCode() + " due "
                            + o.dueOn() + ", " + o.daysOverdue() + " days overdue",
                    BODY));
        }
        doc.close();
        return out.toByteArray();
    }
}
