package id.rantai.eseal.skp;

import id.rantai.eseal.document.DocumentStep;
import java.time.Instant;
import java.util.UUID;

/** SKP accepted a trip's photo; {@code deliveredForStep} counts the step's photos SKP now holds. */
public record SkpDocumentDelivered(
        UUID tripId, UUID documentId, DocumentStep step, long deliveredForStep, Instant at) {}
