/**
 * Retention of raw readings: after an office's {@code rawReadingMonths}, a trip keeps only what its
 * record needs. Depends on {@code ingest} (the readings) and {@code rules} (the office settings).
 */
@org.jspecify.annotations.NullMarked
package id.rantai.monitoring.retention;
