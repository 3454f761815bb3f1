package id.rantai.certification;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param numberFormat      certificate numbers: {@code {year}} and {@code {seq}} (zero-padded to 5) are replaced
 * @param publicBaseUrl     where the public verification page is reached (printed in the QR code)
 * @param verifyPerMinute   public verification requests allowed per client address per minute
 * @param submitPerMinute   public submissions (registrations, requests, complaints, surveys) per client address per minute
 * @param lookupPerMinute   look-ups by an applicant's token (a registration, request or complaint) per client address per minute
 * @param timeStandards     working days each timed service may take
 * @param issuerKeystore    where the issuer's Ed25519 signing key is kept; without a path, in the database
 * @param letterhead        the training centre as its documents name it, from the ministry down, and its address
 */
@ConfigurationProperties("rantai.certification")
public record CertificationProperties(
        @DefaultValue("SAK.{year}.{seq}") String numberFormat,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("30") int verifyPerMinute,
        @DefaultValue("10") int submitPerMinute,
        @DefaultValue("60") int lookupPerMinute,
        @DefaultValue Map<String, Integer> timeStandards,
        @DefaultValue IssuerKeystore issuerKeystore,
        @DefaultValue Letterhead letterhead) {

    /**
     * @param lines          from the ministry down to the training centre; the last is printed largest
     * @param address        street, city and contact line under the letterhead
     * @param place          the city a document is signed in ("Jakarta, 2 Desember 2026")
     * @param headPosition   the head's position as signed, for a head whose account records none
     */
    public record Letterhead(
            @DefaultValue({
                "Kementerian Keuangan Republik Indonesia",
                "Badan Pendidikan dan Pelatihan Keuangan",
                "Pusat Pendidikan dan Pelatihan Bea dan Cukai"
            })
            List<String> lines,

            @Nullable String address,
            @DefaultValue("Jakarta") String place,

            @DefaultValue("Kepala Pusat Pendidikan dan Pelatihan Bea dan Cukai")
            String headPosition) {}

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

    /**
     * Whether the public address still names this machine: every QR code, verification link and
     * e-mail would then carry an address nobody else can open.
     */
    public boolean publicAddressIsLocal() {
        String host;
        try {
            host = java.net.URI.create(publicBaseUrl).getHost();
        } catch (IllegalArgumentException e) {
            return true;
        }
        return host == null
                || host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("0.0.0.0")
                || host.equals("[::1]");
    }

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
