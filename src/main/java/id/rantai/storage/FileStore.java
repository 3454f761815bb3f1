package id.rantai.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

public interface FileStore {
    /**
     * Stores the stream if its bytes are of one of the allowed types (detected from the bytes, never
     * from a name or a client's claim) and no larger than {@code maxBytes}.
     *
     * @throws id.rantai.shared.InvalidInputException naming {@code field} when the type is not allowed
     * @throws id.rantai.shared.PayloadTooLargeException naming {@code field} when over the limit
     */
    StoredFile store(InputStream content, String field, Set<String> allowedTypes, long maxBytes) throws IOException;

    /** Opens a stored file's bytes. */
    InputStream open(String sha256) throws IOException;
}
