package id.rantai.certification.verification;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.Tokens;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import id.rantai.certification.document.CentreLetterheads;
import id.rantai.certification.request.AfterServices;
import id.rantai.certification.standard.ServiceDesk;
import id.rantai.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Answers, without a login, whether a certificate is genuine: by the QR code's token (the
 * certificate's or a legalized copy's verification code), or by its number together with the
 * holder's name — a number alone is guessable, so without the right name the answer is UNKNOWN, the
 * same as for a number that does not exist. The answer shows only what a verifier needs: status,
 * number, holder's name, exam year, issue date, and the successor's number if there is one. Never the
 * national id or birth date. Requests are limited per client address
 * ({@link PublicThrottle}).
 */
@Service
public class PublicVerification {
    private final CertificateRegistry registry;
    private final AfterServices services;
    private final PublicThrottle throttle;
    private final CertificationProperties properties;
    private final CentreLetterheads letterheads;

    PublicVerification(
            CertificateRegistry registry,
            AfterServices services,
            PublicThrottle throttle,
            CertificationProperties properties,
            CentreLetterheads letterheads) {
        this.registry = registry;
        this.services = services;
        this.throttle = throttle;
        this.properties = properties;
        this.letterheads = letterheads;
    }

    public enum Result {
        VALID,
        REVOKED,
        /** Corrected: the successor, under {@code replacedBy}, is the valid one. */
        REPLACED,
        /** Declared lost: void, and the replacement letter's register number is under {@code replacedBy}. */
        LOST,
        UNKNOWN
    }

    /**
     * @param issuedBy the training centre that issued it, as its letterhead names it (the letterhead's last line)
     */
    public record Answer(
            Result result,
            @Nullable String issuedBy,
            @Nullable String number,
            @Nullable String holderName,
            @Nullable Integer examYear,
            @Nullable LocalDate issuedOn,
            @Nullable String replacedBy,
            @Nullable Integer legalizedCopy,
            @Nullable LocalDate legalizedOn) {
        static final Answer UNKNOWN = new Answer(Result.UNKNOWN, null, null, null, null, null, null, null, null);
    }

    public Answer verify(String client, @Nullable String token, @Nullable String number, @Nullable String name) {
        throttle.admit("verify", client, properties.verifyPerMinute());
        if (token != null && !token.isBlank()) {
            String code = Tokens.normalise(token);
            var cert = registry.byCode(code);
            if (cert.isPresent()) {
                return answer(cert.get(), null, null);
            }
            return services.copyByCode(code)
                    .map(copy -> answer(
                            registry.get(copy.certificateId()),
                            copy.copyNumber(),
                            LocalDate.ofInstant(copy.signedAt(), ServiceDesk.ZONE)))
                    .orElse(Answer.UNKNOWN);
        }
        if (number == null || number.isBlank() || name == null || name.isBlank()) {
            throw new InvalidInputException(
                    number == null || number.isBlank() ? "number" : "name",
                    "is required: give the QR code's token, or the number with the holder's name");
        }
        return registry.byNumber(number.trim())
                .filter(c -> sameName(c.holderName(), name))
                .map(c -> answer(c, null, null))
                .orElse(Answer.UNKNOWN);
    }

    private Answer answer(Certificate c, @Nullable Integer copy, @Nullable LocalDate legalizedOn) {
        Result r = switch (c.status()) {
            case VALID -> Result.VALID;
            case REVOKED -> Result.REVOKED;
            case CORRECTED -> Result.REPLACED;
            case LOST -> Result.LOST;
            case PENDING_VERIFICATION -> Result.UNKNOWN;
        };
        if (r == Result.UNKNOWN) {
            return Answer.UNKNOWN;
        }
        String successor =
                c.successorId() == null ? null : registry.get(c.successorId()).number();
        List<String> lines = letterheads.of(c.trainingCentreId()).lines();
        String issuedBy = lines.get(lines.size() - 1);
        return new Answer(
                r, issuedBy, c.number(), c.holderName(), c.examYear(), c.issuedOn(), successor, copy, legalizedOn);
    }

    private static boolean sameName(String holder, String given) {
        return normalise(holder).equals(normalise(given));
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
