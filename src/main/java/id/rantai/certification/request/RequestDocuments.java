package id.rantai.certification.request;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.document.Documents;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.shared.StateConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The document a completed request produces: legalized copies, a correction letter or a replacement letter. */
@Component
public class RequestDocuments {
    private final AfterServices services;
    private final CertificateRegistry registry;
    private final CertificationProperties properties;

    RequestDocuments(AfterServices services, CertificateRegistry registry, CertificationProperties properties) {
        this.services = services;
        this.registry = registry;
        this.properties = properties;
    }

    public byte[] render(CertificateRequest r) {
        if (r.state() != CertificateRequest.State.COMPLETED) {
            throw new StateConflictException(
                    "The request is " + r.state() + "; its document follows the head's signature",
                    r.state().name());
        }
        Certificate original = registry.get(r.certificateId());
        LocalDate on = LocalDate.ofInstant(r.completedAt(), ServiceDesk.ZONE);
        String base = properties.publicBaseUrl();
        return switch (r.kind()) {
            case LEGALIZATION ->
                Documents.legalizedCopies(
                        original,
                        services.copies(r.id()).stream()
                                .map(LegalizedCopy::verificationCode)
                                .toList(),
                        on,
                        r.letterNumber(),
                        base);
            case CORRECTION -> {
                Certificate corrected = registry.get(original.successorId());
                JsonNode k = services.details(r).path("correction");
                List<String> lines = new ArrayList<>();
                lines.add("Berdasarkan permohonan " + r.applicantName()
                        + " dan Berita Acara wawancara, data Sertifikat Ahli " + "Kepabeanan nomor " + original.number()
                        + " diralat sebagai berikut:");
                if (k.hasNonNull("holderName")) {
                    lines.add("Nama: " + original.holderName() + " menjadi " + corrected.holderName());
                }
                if (k.hasNonNull("birthPlace")) {
                    lines.add("Tempat lahir: " + original.birthPlace() + " menjadi " + corrected.birthPlace());
                }
                if (k.hasNonNull("birthDate")) {
                    lines.add("Tanggal lahir: " + original.birthDate() + " menjadi " + corrected.birthDate());
                }
                if (k.hasNonNull("nationalId")) {
                    lines.add("NIK diralat sesuai dokumen kependudukan.");
                }
                lines.add("Sertifikat hasil ralat bernomor " + corrected.number() + " menggantikan sertifikat nomor "
                        + original.number() + ".");
                yield Documents.letter(
                        "SURAT KETERANGAN RALAT SERTIFIKAT",
                        r.letterNumber(),
                        on,
                        lines,
                        corrected.verificationCode(),
                        base);
            }
            case LOST_CERTIFICATE -> {
                Certificate replacement = registry.get(original.successorId());
                yield Documents.letter(
                        "SURAT KETERANGAN PENGGANTI SERTIFIKAT HILANG",
                        r.letterNumber(),
                        on,
                        List.of(
                                "Menerangkan bahwa " + original.holderName() + ", lahir di " + original.birthPlace()
                                        + " pada "
                                        + original.birthDate() + ", adalah pemegang Sertifikat Ahli Kepabeanan nomor "
                                        + original.number() + " (ujian tahun " + original.examYear()
                                        + ") yang dinyatakan hilang.",
                                "Surat keterangan ini (nomor register " + replacement.number()
                                        + ") berlaku sebagai pengganti sertifikat tersebut; sertifikat asli nomor "
                                        + original.number()
                                        + " tidak berlaku lagi."),
                        replacement.verificationCode(),
                        base);
            }
        };
    }
}
