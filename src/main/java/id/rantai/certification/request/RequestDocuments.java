package id.rantai.certification.request;

import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.document.CertificationDocuments;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The document a completed request produces: legalized copies, a correction letter or a replacement letter. */
@Component
public class RequestDocuments {
    private final AfterServices services;
    private final CertificateRegistry registry;
    private final CertificationDocuments documents;

    RequestDocuments(AfterServices services, CertificateRegistry registry, CertificationDocuments documents) {
        this.services = services;
        this.registry = registry;
        this.documents = documents;
    }

    public byte[] render(CertificateRequest r, Locale locale) {
        if (r.state() != CertificateRequest.State.COMPLETED) {
            throw StateConflictException.worded(
                    r.state().name(),
                    "documentAfterSignature",
                    Wording.label("public.request.state." + r.state().name()));
        }
        Certificate original = registry.get(r.certificateId());
        LocalDate on = LocalDate.ofInstant(r.completedAt(), ServiceDesk.ZONE);
        String letter = r.letterNumber();
        return switch (r.kind()) {
            case LEGALIZATION ->
                documents.legalizedCopies(
                        original,
                        services.copies(r.id()).stream()
                                .map(LegalizedCopy::verificationCode)
                                .toList(),
                        on,
                        r.decidedBy(),
                        letter,
                        locale);
            case CORRECTION -> {
                JsonNode k = services.details(r).path("correction");
                yield documents.correctionLetter(
                        original,
                        registry.get(original.successorId()),
                        new CertificationDocuments.Correction(
                                k.hasNonNull("holderName"),
                                k.hasNonNull("birthPlace"),
                                k.hasNonNull("birthDate"),
                                k.hasNonNull("nationalId")),
                        r.applicantName(),
                        on,
                        r.decidedBy(),
                        letter,
                        locale);
            }
            case LOST_CERTIFICATE ->
                documents.replacementLetter(
                        original, registry.get(original.successorId()), on, r.decidedBy(), letter, locale);
            // Entered into the database: the certificate as its records now read.
            case DATABASE_INPUT -> documents.certificate(original, locale);
        };
    }
}
