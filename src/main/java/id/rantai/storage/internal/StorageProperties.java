package id.rantai.storage.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param directory where files are kept; default {@code ${rantai.data-dir}/files} */
@ConfigurationProperties("rantai.storage")
record StorageProperties(Path directory) {}
