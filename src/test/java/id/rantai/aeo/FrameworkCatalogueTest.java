package id.rantai.aeo;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.aeo.framework.AppliesWhen;
import id.rantai.aeo.framework.Combinator;
import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import id.rantai.aeo.framework.FrameworkFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled framework file against the source text (seed 003, kept under test resources): every
 * numbered and lettered item is there, verbatim, at the right place, and every list combines its
 * items by the conjunction the text puts before its last item.
 */
class FrameworkCatalogueTest {

    /** An item of the source text, read with its own numbering. */
    record SeedItem(String code, String text) {}

    @Test
    void catalogueHoldsEveryItemOfTheSourceTextVerbatim() throws IOException {
        Framework f = bundled();
        List<SeedItem> seed = seedItems();
        assertThat(seed).hasSize(78); // 7 groups, 24 lettered criteria, 28 numbered items, 19 lettered points
        for (SeedItem item : seed) {
            assertThat(f.criterion(item.code())).as(item.code()).isPresent();
            assertThat(f.criterion(item.code()).get().textId()).as(item.code()).isEqualTo(item.text());
        }
        assertThat(f.all()).hasSameSizeAs(seed);
        assertThat(f.groups()).extracting(Criterion::code).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(f.children("6.b.4"))
                .extracting(Criterion::code)
                .containsExactly(
                        "6.b.4.a", "6.b.4.b", "6.b.4.c", "6.b.4.d", "6.b.4.e", "6.b.4.f", "6.b.4.g", "6.b.4.h");
        assertThat(f.children("6.d.1")).hasSize(11);
        assertThat(f.criterion("3.b").get().paragraphId()).startsWith("berdasarkan laporan keuangan");
        assertThat(f.criterion("6.g").get().paragraphId())
                .startsWith("Memiliki prosedur terkait dengan manajemen krisis");
        assertThat(f.all()).allSatisfy(c -> assertThat(c.textEn()).isNotBlank());
    }

    @Test
    void everyListCombinesByTheConjunctionBeforeItsLastItem() throws IOException {
        Framework f = bundled();
        for (Criterion c : f.all()) {
            List<Criterion> children = f.children(c.code());
            if (children.size() < 2) {
                continue;
            }
            String beforeLast = lastText(f, children.get(children.size() - 2));
            Combinator expected = beforeLast.endsWith("dan/atau")
                    ? Combinator.AND_OR
                    : beforeLast.endsWith("atau") ? Combinator.ANY : Combinator.ALL;
            assertThat(c.combinator()).as(c.code()).isEqualTo(expected);
        }
        assertThat(f.criterion("3.b").get().combinator()).isEqualTo(Combinator.ANY);
        assertThat(f.criterion("3.b.2").get().appliesWhen()).isEqualTo(AppliesWhen.SMALL_MEDIUM_ENTERPRISE);
        assertThat(f.criterion("6.b.4.h").get().appliesWhen()).isEqualTo(AppliesWhen.REEFER_CONTAINERS);
        assertThat(f.criterion("6.a").get().combinator()).isEqualTo(Combinator.AND_OR);
        assertThat(f.criterion("6.f").get().combinator()).isEqualTo(Combinator.ALL);
        assertThat(f.criterion("1.a").get().lookbackMonths()).isEqualTo(24);
        assertThat(f.criterion("3.b").get().lookbackMonths()).isEqualTo(24);
    }

    private static String lastText(Framework f, Criterion c) {
        List<Criterion> children = f.children(c.code());
        return children.isEmpty() ? c.textId() : lastText(f, children.get(children.size() - 1));
    }

    static Framework bundled() throws IOException {
        try (InputStream in = FrameworkCatalogueTest.class.getResourceAsStream("/aeo/frameworks/aeo-id-1.json")) {
            FrameworkFile.Parsed p =
                    FrameworkFile.parse(JsonMapper.builder().build().readTree(in));
            return new Framework(
                    UUID.randomUUID(),
                    p.key(),
                    p.version(),
                    p.titleId(),
                    p.titleEn(),
                    Instant.EPOCH,
                    Instant.EPOCH,
                    p.criteria());
        }
    }

    /** Reads the seed's numbering: "1." groups, "a." criteria, "1)" items, "a)" points. */
    private static List<SeedItem> seedItems() throws IOException {
        String text;
        try (InputStream in = FrameworkCatalogueTest.class.getResourceAsStream("/aeo/seed-003.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SeedItem> out = new ArrayList<>();
        String group = null, criterion = null, item = null;
        Pattern g = Pattern.compile("^(\\d)\\. (.+)$"),
                c = Pattern.compile("^([a-z])\\. (.+)$"),
                i = Pattern.compile("^(\\d)\\) (.+)$"),
                p = Pattern.compile("^([a-z])\\) (.+)$");
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher m;
            if ((m = g.matcher(line)).matches()) {
                group = m.group(1);
                out.add(new SeedItem(group, m.group(2)));
            } else if ((m = c.matcher(line)).matches()) {
                criterion = group + "." + m.group(1);
                out.add(new SeedItem(criterion, m.group(2)));
            } else if ((m = i.matcher(line)).matches()) {
                item = criterion + "." + m.group(1);
                out.add(new SeedItem(item, m.group(2)));
            } else if ((m = p.matcher(line)).matches()) {
                out.add(new SeedItem(item + "." + m.group(1), m.group(2)));
            }
        }
        return out;
    }
}
