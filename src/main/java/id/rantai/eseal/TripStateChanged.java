package id.rantai.eseal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A trip moved from one state to another. Carries the parties so that listeners (monitoring, SKP
 * integration, AEO evidence) need not call back to find out whom it concerns.
 *
 * @param actorId null when the system moved the trip (for example arrival detected by monitoring)
 */
public record TripStateChanged(
        UUID tripId,
        String reference,
        @Nullable TripState from,
        TripState to,
        Instant at,
        @Nullable UUID actorId,
        @JsonUnwrapped TripParties parties,
        @Nullable UUID sealId) {}
