package id.rantai.certification.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.notice.PublicLinks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The printed documents: certificate, legalized copies, correction letter and replacement letter, each with its QR code. */
public final class Documents {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final String ISSUER =
            "Kementerian Keuangan — Badan Pendidikan dan Pelatihan Keuangan — Pusat Pendidikan dan Pelatihan Bea dan Cukai";

    private Documents() {}

    public static byte[] certificate(Certificate c, String base) {
        return pdf(doc -> {
            doc.add(centred(ISSUER, SMALL));
            doc.add(centred("SERTIFIKAT AHLI KEPABEANAN", TITLE));
            doc.add(centred("Nomor: " + c.number(), HEAD));
            doc.add(centred("diberikan kepada / awarded to", BODY));
            doc.add(centred(c.holderName(), TITLE));
            doc.add(centred(c.birthPlace() + ", " + c.birthDate(), BODY));
            doc.add(centred(
                    "yang telah lulus Ujian Sertifikasi Ahli Kepabeanan tahun " + c.examYear()
                            + " / who passed the customs expert certification exam",
                    BODY));
            doc.add(centred("Diterbitkan / issued " + c.issuedOn(), BODY));
            qr(doc, PublicLinks.verification(base, c.verificationCode()), c.verificationCode());
        });
    }

    public static byte[] legalizedCopies(
            Certificate c, List<String> codes, LocalDate signedOn, String letter, String base) {
        return pdf(doc -> {
            for (int i = 0; i < codes.size(); i++) {
                if (i > 0) {
                    doc.newPage();
                }
                doc.add(centred("SALINAN DILEGALISASI / LEGALIZED COPY " + (i + 1) + " of " + codes.size(), HEAD));
                doc.add(centred(
                        "Sertifikat Ahli Kepabeanan nomor " + c.number() + " atas nama " + c.holderName(), BODY));
                doc.add(centred(
                        "Sesuai dengan aslinya / true copy of the original — " + letter + ", " + signedOn, BODY));
                qr(doc, PublicLinks.verification(base, codes.get(i)), codes.get(i));
            }
        });
    }

    public static byte[] letter(
            String title, String number, LocalDate on, List<String> lines, String verifyCode, String base) {
        return pdf(doc -> {
            doc.add(centred(ISSUER, SMALL));
            doc.add(centred(title, TITLE));
            doc.add(centred("Nomor: " + number, HEAD));
            doc.add(new Paragraph(" ", BODY));
            for (String line : lines) {
                doc.add(new Paragraph(line, BODY));
            }
            doc.add(new Paragraph("Jakarta, " + on, BODY));
            if (verifyCode != null) {
                qr(doc, PublicLinks.verification(base, verifyCode), verifyCode);
            }
        });
    }

    private interface Body {
        void write(Document doc) throws Exception;
    }

    private static byte[] pdf(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        try {
            body.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void qr(Document doc, String url, String code) throws IOException {
        Image img = Image.getInstance(QrCodes.image(url, 300), null);
        img.scaleAbsolute(110, 110);
        img.setAlignment(Element.ALIGN_CENTER);
        doc.add(img);
        doc.add(centred("Verifikasi / verify: " + url, SMALL));
        doc.add(centred("Kode verifikasi: " + code, SMALL));
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }
}
