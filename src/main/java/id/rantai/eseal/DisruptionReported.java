package id.rantai.eseal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A disruption report (laporan kendala) was filed against a trip or seal. */
public record DisruptionReported(
        UUID disruptionId,
        @Nullable UUID tripId,
        @Nullable UUID sealId,
        UUID providerId,
        @Nullable UUID officeId,
        String category,
        Instant reportedAt) {}
