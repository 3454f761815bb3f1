package id.rantai.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled catalogue against seed 000: every topic, verbatim, on the right side of the all/role-specific split. */
class CatalogueSeedTest {

    @Test
    void everyTopicOfTheSeedIsInTheCatalogueSplitIntoAllEmployeeAndRoleSpecific() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/training/seed-000.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int split = seed.indexOf("Karyawan lain dapat menerima pelatihan khusus");
        List<String> all = bullets(seed.substring(0, split)), roleSpecific = bullets(seed.substring(split));
        assertThat(all).hasSize(17);
        assertThat(roleSpecific).hasSize(12);

        JsonNode catalogue;
        try (InputStream in = getClass().getResourceAsStream("/training/ctpat-catalogue.json")) {
            catalogue = JsonMapper.builder().build().readTree(in);
        }
        List<String> catalogueAll = new ArrayList<>(), catalogueRole = new ArrayList<>();
        for (JsonNode t : catalogue.get("topics")) {
            (t.get("audience").asString("").equals("ALL_EMPLOYEES") ? catalogueAll : catalogueRole)
                    .add(t.get("titleId").asString(""));
            assertThat(t.get("titleEn").asString("")).isNotBlank();
        }
        assertThat(catalogueAll).containsExactlyElementsOf(all);
        assertThat(catalogueRole).containsExactlyElementsOf(roleSpecific);
        // Every role-specific topic is required by at least one job function.
        List<String> codes = new ArrayList<>();
        catalogue.get("jobFunctions").forEach(f -> f.get("topics").forEach(c -> codes.add(c.asString(""))));
        catalogue.get("topics").forEach(t -> {
            if (t.get("audience").asString("").equals("ROLE_SPECIFIC")) {
                assertThat(codes).contains(t.get("code").asString(""));
            }
        });
    }

    /** The "· " bullet lines, without the word processor's bookmark residue. */
    private static List<String> bullets(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("·")) {
                out.add(l.substring(1).replace("[bookmark: _GoBack]", "").strip());
            }
        }
        return out;
    }
}
