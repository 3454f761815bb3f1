package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.shared.Wording;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    // A literal, or literals joined with + across lines.
    private static final String TEXT = "(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*)";
    private static final Pattern[] THROWN = {
        Pattern.compile("new ForbiddenException\\(\\s*" + TEXT + "\\s*\\)"),
        Pattern.compile("new StateConflictException\\(\\s*" + TEXT + "\\s*,"),
        // The field named by a literal or by an expression (a variable, a ternary, a concatenation).
        Pattern.compile("new InvalidInputException\\(\\s*(?:\"[^\"]*\"|[^,\";])+?\\s*,\\s*" + TEXT + "\\s*\\)"),
        // A training record's row check, shown on the form and in an import's error list.
        Pattern.compile("new (?:EmployeeInput\\.)?Problem\\(\\s*\"[^\"]*\"\\s*,\\s*" + TEXT + "\\s*\\)")
    };
    private static final Pattern PIECE = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

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
                        StringBuilder text = new StringBuilder();
                        Matcher piece = PIECE.matcher(m.group(1));
                        while (piece.find()) {
                            text.append(piece.group(1).replace("\\\"", "\""));
                        }
                        thrown.add("refusal." + Wording.literal(text.toString()).key());
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

    /**
     * A refusal put together from pieces in English cannot be translated: it is worded in the
     * catalogue with its pieces as arguments instead. The one exception answers Traccar servers
     * forwarding positions, which are programs, with the reading check's own words.
     */
    @Test
    void noRefusalIsPutTogetherInEnglish() throws IOException {
        Pattern constructed =
                Pattern.compile("new (?:InvalidInputException|StateConflictException|ForbiddenException)\\(");
        List<String> assembled = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")
                            && !p.getFileName().toString().endsWith("Exception.java")
                            && !p.getFileName().toString().equals("ForwardingController.java"))
                    .toList()) {
                String code = Files.readString(source);
                Matcher m = constructed.matcher(code);
                while (m.find()) {
                    boolean literal = false;
                    for (Pattern p : THROWN) {
                        Matcher at = p.matcher(code).region(m.start(), code.length());
                        literal |= at.lookingAt();
                    }
                    if (!literal) {
                        assembled.add(source.getFileName() + ":"
                                + (code.substring(0, m.start()).split("\n", -1).length));
                    }
                }
            }
        }
        assertThat(assembled).as("refusals assembled from English pieces").isEmpty();
    }
}
