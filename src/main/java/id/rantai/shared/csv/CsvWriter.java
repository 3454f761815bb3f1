package id.rantai.shared.csv;

/**
 * Writes RFC 4180 CSV rows (CRLF line ends). Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe: text a user typed must not become code on the reader's machine.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** Appends one row; null cells are empty. */
    public static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
