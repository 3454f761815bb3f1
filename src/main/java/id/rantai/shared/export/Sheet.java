package id.rantai.shared.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table to export: its name (the workbook's sheet), column headings in the reader's language,
 * and rows of cells — text, numbers, dates ({@link java.time.LocalDate}) or empty (null).
 */
public final class Sheet {
    private final String name;
    private final List<String> headers;
    private final List<List<@Nullable Object>> rows = new ArrayList<>();

    public Sheet(String name, List<String> headers) {
        this.name = name;
        this.headers = List.copyOf(headers);
    }

    public Sheet row(@Nullable Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(
                    "A row of " + name + " has " + cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<@Nullable Object>> rows() {
        return rows;
    }
}
