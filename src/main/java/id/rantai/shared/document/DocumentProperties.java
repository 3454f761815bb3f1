package id.rantai.shared.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param logo the institution's logo on every letterhead (PNG or JPEG, about square; printed 22 mm
 *             high): a file ({@code file:/etc/rantai/logo.png}) or Rantai's own mark by default
 */
@ConfigurationProperties("rantai.documents")
public record DocumentProperties(
        @DefaultValue("classpath:documents/logo.png") Resource logo) {}
