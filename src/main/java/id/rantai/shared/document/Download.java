package id.rantai.shared.document;

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
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
