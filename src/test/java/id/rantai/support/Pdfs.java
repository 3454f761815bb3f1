package id.rantai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests read from a PDF: its text, its pages, whether veraPDF finds it a valid PDF/A-2b. */
public final class Pdfs {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {}

    /** The text of every page with runs of white space made one space. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as an Indonesian document writes it: "2 Desember 2026". */
    public static String indonesianDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))
                .format(date);
    }

    /** The text of one page (from 1). */
    public static String pageText(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is wider than high. */
    public static boolean landscape(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(page - 1).getMediaBox();
            return box.getWidth() > box.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** veraPDF's PDF/A-2b validation: passes, or fails naming every rule broken. */
    public static void assertPdfA2b(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            assertThat(failures).as("veraPDF PDF/A-2b failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }

    /**
     * The README's picture of a document kind: page 1 as a PNG in the folder named by the system
     * property {@code rantai.document-pictures} (nothing when it is not set, as in CI).
     */
    public static void picture(byte[] pdf, String name) {
        String folder = System.getProperty("rantai.document-pictures");
        if (folder != null && !folder.isBlank()) {
            png(pdf, 1, Path.of(folder, name + ".png"));
        }
    }

    /** Renders a page to a PNG. */
    public static void png(byte[] pdf, int page, Path to) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 50);
            Files.createDirectories(to.getParent());
            ImageIO.write(image, "png", to.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
