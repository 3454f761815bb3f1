package id.rantai.certification;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param numberFormat      certificate numbers: {@code {year}} and {@code {seq}} (zero-padded to 5) are replaced
 * @param publicBaseUrl     where the public verification page is reached (printed in the QR code)
 * @param verifyPerMinute   public verification requests allowed per client address per minute
 * @param timeStandards     working days each timed service may take
 */
@ConfigurationProperties("rantai.certification")
public record CertificationProperties(@DefaultValue("SAK.{year}.{seq}") String numberFormat,
                                      @DefaultValue("http://localhost:8080") String publicBaseUrl,
                                      @DefaultValue("30") int verifyPerMinute,
                                      @DefaultValue Map<String, Integer> timeStandards) {

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
