package id.rantai.certification;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param numberFormat      certificate numbers: {@code {year}} and {@code {seq}} (zero-padded to 5) are replaced
 * @param publicBaseUrl     where the public verification page is reached (printed in the QR code)
 * @param verifyPerMinute   public verification requests allowed per client address per minute
 * @param submitPerMinute   public submissions (registrations, requests, complaints, surveys) per client address per minute
 * @param timeStandards     working days each timed service may take
 * @param issuerKeystore    where the issuer's Ed25519 signing key is kept; without a path, in the database
 */
@ConfigurationProperties("rantai.certification")
public record CertificationProperties(
        @DefaultValue("SAK.{year}.{seq}") String numberFormat,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("30") int verifyPerMinute,
        @DefaultValue("10") int submitPerMinute,
        @DefaultValue Map<String, Integer> timeStandards,
        @DefaultValue IssuerKeystore issuerKeystore) {

    /**
     * A Java key store holding the issuer's Ed25519 key: a PKCS#12 file made with {@code keytool},
     * or (type {@code PKCS11}, path to the provider configuration) a hardware security module.
     *
     * @param keyId the key's name in credentials and the issuer profile; must differ from {@code key-1},
     *              the database key, which stays published so that credentials it signed still verify
     */
    public record IssuerKeystore(
            @Nullable String path,
            @DefaultValue("PKCS12") String type,
            @Nullable String password,
            @DefaultValue("rantai-issuer") String alias,
            @DefaultValue("key-2") String keyId) {}

    /** The published standard where configuration says nothing. */
    public int workingDays(String caseType) {
        Integer configured = timeStandards == null ? null : timeStandards.get(caseType);
        if (configured != null) {
            return configured;
        }
        return switch (caseType) {
            case "REGISTRATION_CHECK", "COMPLAINT" -> 3;
            case "RESULTS" -> 5;
            case "CERTIFICATE_ISSUE" -> 10;
            default -> 5;
        };
    }
}
