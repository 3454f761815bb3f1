package id.rantai.shared.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a {@link PrintedDocument}: the body template is filled in the document's language (labels
 * from the message catalogue), laid out on A4 by openhtmltopdf and written as PDF/A-2b — every font
 * embedded (the DejaVu faces Rantai ships, so a document looks the same on any machine and in thirty
 * years), an sRGB output intent, and the metadata an archive checks.
 */
@Component
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentRenderer {
    /** The faces a template may ask for by CSS family, weight and style. */
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL));

    private final ITemplateEngine templates;
    private final Clock clock;
    private final List<LoadedFace> faces;
    private final byte[] colourProfile;
    private final @Nullable String logo;

    DocumentRenderer(ITemplateEngine templates, Clock clock, DocumentProperties properties) {
        this.templates = templates;
        this.clock = clock;
        this.faces = FACES.stream().map(LoadedFace::of).toList();
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.logo = logo(properties.logo());
    }

    public byte[] pdf(PrintedDocument document) {
        Context context = new Context(document.locale());
        context.setVariables(document.content());
        context.setVariable("doc", document);
        context.setVariable("fmt", new DocumentFormats(document.locale(), document.zone()));
        context.setVariable("logo", document.letterhead().withLogo() ? logo : null);
        context.setVariable(
                "qr",
                document.verification() == null
                        ? null
                        : QrCodes.dataUri(document.verification().url(), 360));
        context.setVariable("generatedAt", clock.instant());
        String html = templates.process(document.template(), context);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
        builder.useColorProfile(colourProfile);
        builder.withProducer("Rantai");
        for (LoadedFace face : faces) {
            builder.useFont(
                    face::open,
                    face.face().family(),
                    face.face().weight(),
                    face.face().style(),
                    true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The configured logo as a data URI, checked once at start so a wrong path fails there and not on the first print. */
    private static @Nullable String logo(Resource resource) {
        if (!resource.exists()) {
            throw new IllegalStateException("rantai.documents.logo: no image at " + resource.getDescription());
        }
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new IllegalStateException(
                        "rantai.documents.logo: " + resource.getDescription() + " is not a PNG or JPEG image");
            }
            String type = bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Face(String file, String family, int weight, FontStyle style) {}

    /** A face read once from the class path; each document embeds the subset of it that it uses. */
    private record LoadedFace(Face face, byte[] bytes) {
        static LoadedFace of(Face face) {
            try (InputStream in = new ClassPathResource("documents/fonts/" + face.file()).getInputStream()) {
                return new LoadedFace(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
