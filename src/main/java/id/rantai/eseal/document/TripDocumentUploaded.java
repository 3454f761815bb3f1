package id.rantai.eseal.document;

import java.time.Instant;
import java.util.UUID;

/** A documentation photo was stored for a trip; {@code countForStep} includes it. */
public record TripDocumentUploaded(UUID tripId, UUID documentId, DocumentStep step, long countForStep, Instant at) {}
