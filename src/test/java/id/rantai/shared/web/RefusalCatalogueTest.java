package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.shared.Wording;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal thrown with a literal English text has its Indonesian in refusals.properties, and
 * that file holds nothing no code throws any more.
 */
class RefusalCatalogueTest {
    private static final Pattern[] THROWN = {
        Pattern.compile("new ForbiddenException\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)"),
        Pattern.compile("new StateConflictException\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,"),
        // The field named by a literal or by a variable.
        Pattern.compile(
                "new InvalidInputException\\(\\s*(?:\"[^\"]*\"|[^,\"]+?)\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)")
    };

    @Test
    void everyLiteralRefusalHasItsIndonesianAndNoTranslationIsOrphaned() throws IOException {
        Set<String> thrown = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern p : THROWN) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        thrown.add("refusal."
                                + Wording.literal(m.group(1).replace("\\\"", "\""))
                                        .key());
                    }
                }
            }
        }
        Properties indonesian = new Properties();
        try (Reader in =
                new InputStreamReader(getClass().getResourceAsStream("/refusals.properties"), StandardCharsets.UTF_8)) {
            indonesian.load(in);
        }
        assertThat(thrown).as("literal refusals found in the code").hasSizeGreaterThan(100);
        assertThat(indonesian.stringPropertyNames())
                .as("every literal refusal translated, and no translation left without its refusal")
                .containsExactlyInAnyOrderElementsOf(thrown);
    }
}
