package id.rantai.eseal.web;

import id.rantai.eseal.TripState;
import id.rantai.eseal.trip.LegalBasis;
import id.rantai.eseal.trip.Trip;
import id.rantai.shared.time.OfficeTimeZone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A trip as the API shows it. Instants are UTC; {@code timeZone} is the customs office's zone and
 * {@code updatedAtLocal} the same instant as the office reads it.
 */
record TripView(
        UUID id,
        String reference,
        String containerNumber,
        TripState state,
        @Nullable String stateReason,
        Set<TripState> nextStates,
        UUID requesterId,
        UUID customsOfficeId,
        UUID providerId,
        @Nullable UUID sealId,
        LegalBasis legalBasis,
        Instant createdAt,
        Instant updatedAt,
        OfficeTimeZone timeZone,
        OffsetDateTime updatedAtLocal) {

    static TripView of(Trip t, OfficeTimeZone zone) {
        return new TripView(
                t.id(),
                t.reference(),
                t.containerNumber().value(),
                t.state(),
                t.stateReason(),
                t.state().nextStates(),
                t.requesterId(),
                t.customsOfficeId(),
                t.providerId(),
                t.sealId(),
                t.legalBasis(),
                t.createdAt(),
                t.updatedAt(),
                zone,
                t.updatedAt().atZone(zone.zone()).toOffsetDateTime());
    }
}
