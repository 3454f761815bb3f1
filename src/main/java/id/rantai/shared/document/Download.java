package id.rantai.shared.document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file answered as a download under the name given: a printed document, a workbook, a CSV file. */
public final class Download {
    private Download() {}

    public static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
        return attachment(fileName, MediaType.APPLICATION_PDF, pdf);
    }

    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(false, fileName))
                .body(body);
    }

    /** A stored file as it was uploaded, its type as found at upload (a scan for the staff's check). */
    public static ResponseEntity<InputStreamResource> stored(String contentType, long sizeBytes, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(sizeBytes)
                .body(new InputStreamResource(content));
    }

    /**
     * A {@code Content-Disposition} for a file named by whoever uploaded it: the name's last part only,
     * without control characters, quotes or path separators, at most 120 characters, written both as a
     * plain {@code filename} and as RFC 6266's UTF-8 {@code filename*}. An uploaded
     * {@code ../../../../etc/passwd.png} is offered as {@code passwd.png}.
     */
    public static String disposition(boolean inline, String name) {
        String safe = safeName(name);
        return (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(safe, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    static String safeName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String cleaned = last.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && c != ';' && c != '%')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(cleaned.length() - 120);
        }
        return cleaned.isBlank() ? "file" : cleaned;
    }
}
