package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * Every label a page shows exists in Indonesian and in English: the two catalogues hold the same
 * keys, and every key a template names literally is in them (keys built from a value, such as a
 * status, are checked by the pages' own tests).
 */
class MessageCatalogueTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    @Test
    void indonesianAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> id = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys only in Indonesian").containsAll(id);
        assertThat(new TreeSet<>(id)).as("keys only in English").containsAll(en);
    }

    @Test
    void everyKeyATemplateNamesIsInTheCatalogue() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(t));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(t.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageCatalogueTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
