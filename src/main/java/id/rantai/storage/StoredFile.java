package id.rantai.storage;

/** A stored file: its SHA-256 (hex), size and the content type detected from its bytes. */
public record StoredFile(String sha256, long sizeBytes, String contentType) {}
