package id.rantai.certification.document;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.notice.PublicLinks;
import id.rantai.identity.UserDirectory;
import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.shared.document.QrCodes;
import id.rantai.shared.document.Signature;
import id.rantai.shared.document.Verification;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The training centre's printed documents: the SAK certificate (A4 landscape), the legalized copies
 * and the two letters of the after-service (correction and replacement), each on the letterhead of the
 * centre that issued the certificate ({@link CentreLetterheads}), signed by the head who issued or signed it, with the QR code and code of the public
 * verification page.
 */
@Component
public class CertificationDocuments {
    private final DocumentRenderer renderer;
    private final UserDirectory users;
    private final CertificationProperties properties;
    private final CentreLetterheads letterheads;
    private final MessageSource messages;

    CertificationDocuments(
            DocumentRenderer renderer,
            UserDirectory users,
            CertificationProperties properties,
            CentreLetterheads letterheads,
            MessageSource messages) {
        this.renderer = renderer;
        this.users = users;
        this.properties = properties;
        this.letterheads = letterheads;
        this.messages = messages;
    }

    public byte[] certificate(Certificate c, Locale locale) {
        CertificationProperties.Letterhead head = letterheads.of(c.trainingCentreId());
        return renderer.pdf(document("certification/documents/certificate", locale, "certdoc.certificate.title", head)
                .numbered(c.number())
                .inLandscape()
                .signedBy(signature(c.signedBy(), c.issuedOn(), head))
                .verifiedAt(verification(c.verificationCode()))
                .with("certificate", c));
    }

    /** One page per copy, each with its own verification code, under the request's letter number. */
    public byte[] legalizedCopies(
            Certificate c,
            List<String> codes,
            LocalDate signedOn,
            @Nullable UUID signer,
            String letter,
            Locale locale) {
        List<Copy> copies = codes.stream()
                .map(code -> new Copy(
                        code, QrCodes.dataUri(PublicLinks.verification(properties.publicBaseUrl(), code), 360)))
                .toList();
        CertificationProperties.Letterhead head = letterheads.of(c.trainingCentreId());
        return renderer.pdf(
                document("certification/documents/legalized-copies", locale, "certdoc.legalized.title", head)
                        .numbered(letter)
                        .signedBy(signature(signer, signedOn, head))
                        .with("certificate", c)
                        .with("copies", copies)
                        .with("verifyPage", properties.publicBaseUrl() + "/verify"));
    }

    /** The surat keterangan ralat: which data of the original were corrected and the number of the certificate that replaces it. */
    public byte[] correctionLetter(
            Certificate original,
            Certificate corrected,
            Correction changes,
            String applicant,
            LocalDate signedOn,
            @Nullable UUID signer,
            String letter,
            Locale locale) {
        CertificationProperties.Letterhead head = letterheads.of(original.trainingCentreId());
        return renderer.pdf(
                document("certification/documents/correction-letter", locale, "certdoc.correction.title", head)
                        .numbered(letter)
                        .signedBy(signature(signer, signedOn, head))
                        .verifiedAt(verification(corrected.verificationCode()))
                        .with("original", original)
                        .with("corrected", corrected)
                        .with("changes", changes)
                        .with("applicant", applicant));
    }

    /** The surat keterangan pengganti: the lost certificate is void and this letter, under a new register number, replaces it. */
    public byte[] replacementLetter(
            Certificate original,
            Certificate replacement,
            LocalDate signedOn,
            @Nullable UUID signer,
            String letter,
            Locale locale) {
        CertificationProperties.Letterhead head = letterheads.of(original.trainingCentreId());
        return renderer.pdf(
                document("certification/documents/replacement-letter", locale, "certdoc.replacement.title", head)
                        .numbered(letter)
                        .signedBy(signature(signer, signedOn, head))
                        .verifiedAt(verification(replacement.verificationCode()))
                        .with("original", original)
                        .with("replacement", replacement));
    }

    /** Which of the holder's data a correction changed. */
    public record Correction(boolean name, boolean birthPlace, boolean birthDate, boolean nationalId) {}

    /** A legalized copy's own code and its QR image. */
    public record Copy(String code, String qr) {}

    private PrintedDocument document(
            String template, Locale locale, String titleKey, CertificationProperties.Letterhead head) {
        return PrintedDocument.of(
                template,
                locale,
                Letterhead.institution(head.lines(), head.address()),
                messages.getMessage(titleKey, null, locale));
    }

    /** The head who signed, as their account records them; an entry from an old record has no signer. */
    private @Nullable Signature signature(
            @Nullable UUID signer, LocalDate on, CertificationProperties.Letterhead head) {
        if (signer == null) {
            return null;
        }
        return users.signatory(signer)
                .map(s -> new Signature(
                        head.place(),
                        on,
                        s.position() == null ? head.headPosition() : s.position(),
                        s.fullName(),
                        s.nip()))
                .orElse(null);
    }

    private Verification verification(String code) {
        return new Verification(PublicLinks.verification(properties.publicBaseUrl(), code), code);
    }
}
