package id.rantai.training.delivery;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.employee.Employee;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** A one-page completion certificate for a passed completion. */
public final class CompletionCertificate {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
    private static final Font NAME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private CompletionCertificate() {}

    public static byte[] render(String company, Employee e, Topic t, Completion c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(centred("Sertifikat Pelatihan / Certificate of Training", TITLE));
        doc.add(centred(" ", BODY));
        doc.add(centred(e.fullName() + " (" + e.employeeNumber() + ")", NAME));
        doc.add(centred("telah menyelesaikan / has completed", BODY));
        doc.add(centred(t.titleId(), NAME));
        doc.add(centred(t.titleEn() + " — version " + c.topicVersion(), BODY));
        doc.add(centred(
                "on " + c.completedOn() + " ("
                        + c.method().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"
                        + (c.score() == null ? "" : String.format(Locale.ROOT, ", score %.0f", c.score())),
                BODY));
        doc.add(centred(" ", BODY));
        doc.add(centred(company + " · security training programme (CTPAT / AEO) · record " + c.id(), BODY));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }
}
