package id.rantai.shared;

/**
 * A record that changes under optimistic locking: its version is its ETag in the API, and a change
 * that names the version it read in {@code If-Match} is made only at that version.
 */
public interface Versioned {
    int version();
}
