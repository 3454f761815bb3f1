package id.rantai.eseal.document;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A photo of a seal installation or removal, with when and where it was taken. */
public record TripDocument(
        UUID id,
        UUID tripId,
        DocumentStep step,
        String sha256,
        String contentType,
        long sizeBytes,
        @Nullable String fileName,
        Instant takenAt,
        @Nullable Double latitude,
        @Nullable Double longitude,
        Instant uploadedAt,
        UUID uploadedBy) {}
