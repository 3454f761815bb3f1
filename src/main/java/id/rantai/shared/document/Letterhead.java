package id.rantai.shared.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The head of a document's first page: who issues it. An institution's letterhead names it from the
 * ministry down ("Kementerian Keuangan … Pusat Pendidikan dan Pelatihan Bea dan Cukai") with its
 * address, beside the logo configured for the installation; a company's carries only its own name.
 *
 * @param lines   from the highest body to the issuing unit; the last is printed largest
 * @param address street, city and contact line under the rule, or null
 * @param withLogo whether the installation's logo stands beside it (not on a company's own papers)
 */
public record Letterhead(List<String> lines, @Nullable String address, boolean withLogo) {
    public Letterhead {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A letterhead names at least its institution");
        }
        lines = List.copyOf(lines);
    }

    public static Letterhead institution(List<String> lines, @Nullable String address) {
        return new Letterhead(lines, address, true);
    }

    public static Letterhead company(String name) {
        return new Letterhead(List.of(name), null, false);
    }

    /** The upper lines, printed smaller above the issuing unit. */
    public List<String> parents() {
        return lines.subList(0, lines.size() - 1);
    }

    public String unit() {
        return lines.get(lines.size() - 1);
    }
}
