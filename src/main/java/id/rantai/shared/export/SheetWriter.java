package id.rantai.shared.export;

import id.rantai.shared.csv.CsvWriter;
import id.rantai.shared.document.Download;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a {@link Sheet} as CSV or XLSX, and answers a download of either. */
public final class SheetWriter {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetWriter() {}

    /**
     * RFC 4180 CSV in UTF-8, led by a byte-order mark: without it Excel reads the file as the
     * machine's legacy code page and mangles every non-ASCII letter. Dates as 2026-12-02.
     */
    public static byte[] csv(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        CsvWriter.row(out, sheet.headers().toArray(String[]::new));
        for (List<@Nullable Object> row : sheet.rows()) {
            CsvWriter.row(out, row.stream().map(SheetWriter::text).toArray(String[]::new));
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    /** An XLSX workbook, one worksheet per sheet: bold frozen headings, numbers as numbers, dates as dates. */
    public static byte[] xlsx(Sheet... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Rantai", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(safeName(sheet.name()));
                for (int c = 0; c < sheet.headers().size(); c++) {
                    ws.value(0, c, sheet.headers().get(c));
                    ws.style(0, c).bold().fillColor("E8ECEF").set();
                }
                ws.freezePane(0, 1);
                int r = 1;
                for (List<@Nullable Object> row : sheet.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        write(ws, r, c, row.get(c));
                    }
                    r++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static ResponseEntity<byte[]> csvDownload(Sheet sheet, String fileBase) {
        return download(csv(sheet), new MediaType("text", "csv", StandardCharsets.UTF_8), fileBase + ".csv");
    }

    public static ResponseEntity<byte[]> xlsxDownload(String fileBase, Sheet... sheets) {
        return download(xlsx(sheets), MediaType.parseMediaType(XLSX), fileBase + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return Download.attachment(fileName, type, body);
    }

    private static void write(Worksheet ws, int r, int c, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            ws.value(r, c, n instanceof BigDecimal ? n : n.doubleValue());
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else {
            ws.value(r, c, value.toString());
        }
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return value.toString();
    }

    /** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\. */
    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned.isEmpty() ? "Sheet" : cleaned;
    }
}
