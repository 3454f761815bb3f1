package id.rantai.eseal.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxBytes the largest photo accepted (default 10 MiB) */
@ConfigurationProperties("rantai.eseal.documents")
public record DocumentProperties(@DefaultValue("10485760") long maxBytes) {}
