package id.rantai.certification;

import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import id.rantai.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The scans an applicant uploads — a registration's identity card, diploma and photograph, an
 * after-service's identity and certificate: PDF, JPEG or PNG (told by their content), 5 MB each.
 */
public final class ApplicantDocuments {
    static final Set<String> TYPES = Set.of(ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG);
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private ApplicantDocuments() {}

    /** Stores one upload once (by its SHA-256), refusing another type or size with the field named. */
    public static StoredFile store(FileStore files, InputStream content, String field) {
        try {
            return files.store(content, field, TYPES, MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
