package id.rantai.monitoring.ingest;

/** Readings cannot be taken now (overload or shutdown); the sender should retry (HTTP 503). */
public class IngestUnavailableException extends RuntimeException {
    public IngestUnavailableException(String message) {
        super(message);
    }
}
