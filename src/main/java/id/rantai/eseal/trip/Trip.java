package id.rantai.eseal.trip;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripState;
import id.rantai.shared.ContainerNumber;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Wording;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One sealed container movement: the e-seal request and everything that follows from it. The trip
 * guards its own lifecycle; an illegal move names the state it is in.
 */
public record Trip(
        UUID id,
        String reference,
        ContainerNumber containerNumber,
        @JsonUnwrapped TripParties parties,
        @Nullable UUID sealId,
        LegalBasis legalBasis,
        TripState state,
        @Nullable String stateReason,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public Trip moveTo(TripState target, Instant at, @Nullable String reason) {
        if (!state.canMoveTo(target)) {
            if (state.nextStates().isEmpty()) {
                throw StateConflictException.worded(
                        state.name(),
                        "tripFinal",
                        reference,
                        Wording.label("tripState." + state.name()),
                        Wording.label("tripState." + target.name()));
            }
            throw StateConflictException.worded(
                    state.name(),
                    "tripCannotMove",
                    reference,
                    Wording.label("tripState." + state.name()),
                    Wording.label("tripState." + target.name()),
                    Wording.labels(state.nextStates().stream()
                            .map(s -> "tripState." + s.name())
                            .toList()));
        }
        return with(sealId, target, reason, at);
    }

    public Trip withSeal(UUID seal) {
        return with(seal, state, stateReason, updatedAt);
    }

    private Trip with(@Nullable UUID seal, TripState to, @Nullable String why, Instant changedAt) {
        return new Trip(
                id,
                reference,
                containerNumber,
                parties,
                seal,
                legalBasis,
                to,
                why,
                createdBy,
                createdAt,
                changedAt,
                version);
    }
}
