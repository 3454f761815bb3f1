package id.rantai.monitoring.ingest;

/** Why one reading was refused, naming its field. */
public record Rejection(String field, String message) {}
