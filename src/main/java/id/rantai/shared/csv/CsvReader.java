package id.rantai.shared.csv;

import id.rantai.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; a UTF-8 byte-order mark
 * is skipped; a semicolon is accepted as the separator when the header uses it, as spreadsheets in
 * Indonesian locales write). Each record keeps the line it started on, for error reports.
 */
public final class CsvReader {

    /** One data record: its fields by lower-case header name, and the line it started on. */
    public record Row(int line, Map<String, String> fields) {
        public String get(String column) {
            return fields.get(column);
        }
    }

    private CsvReader() {}

    /**
     * @param required columns that must be in the header
     * @param allowed  every column the header may have
     * @throws InvalidInputException naming {@code file} for a missing or unknown column or broken quoting
     */
    public static List<Row> read(String text, Set<String> required, Set<String> allowed, int maxRows) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = separator(body);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, fieldStarted = false;
        int line = 1, recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == sep) {
                current.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(current.size() == 1 && current.get(0).isBlank())) {
                    records.add(current);
                    lines.add(recordLine);
                }
                current = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            if (records.size() > maxRows + 1) {
                throw InvalidInputException.worded("file", "tooManyRows", maxRows);
            }
        }
        if (quoted) {
            throw InvalidInputException.worded("file", "csvQuoteOpen", String.valueOf(recordLine));
        }
        if (fieldStarted || !field.isEmpty() || !current.isEmpty()) {
            current.add(field.toString());
            if (!(current.size() == 1 && current.get(0).isBlank())) {
                records.add(current);
                lines.add(recordLine);
            }
        }
        if (records.isEmpty()) {
            throw new InvalidInputException("file", "is empty; the first line must name the columns");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (String h : header) {
            if (!allowed.contains(h)) {
                throw InvalidInputException.worded(
                        "file",
                        "csvUnknownColumn",
                        h,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw InvalidInputException.worded("file", "csvMissingColumn", r);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> fields = new HashMap<>();
            List<String> values = records.get(r);
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), c < values.size() ? values.get(c).trim() : "");
            }
            if (values.size() > header.size()) {
                fields.put("__extra", Integer.toString(values.size() - header.size()));
            }
            rows.add(new Row(lines.get(r), fields));
        }
        return rows;
    }

    private static char separator(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
    }
}
