package id.rantai.aeo;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param evidenceMaxBytes  largest evidence file accepted
 * @param expiryWarningDays how long before its expiry date an evidence's owner is warned
 * @param zone              the calendar for due dates and expiry (Indonesian companies: WIB by default)
 * @param framework         the framework key a new assessment follows when it names no version: the
 *                          version of it an administrator published last
 */
@ConfigurationProperties("rantai.aeo")
public record AeoProperties(
        @DefaultValue("10485760") long evidenceMaxBytes,
        @DefaultValue("30") int expiryWarningDays,
        @DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("AEO-ID") String framework) {}
