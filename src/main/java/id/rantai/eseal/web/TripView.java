package id.rantai.eseal.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.TripParties;
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
        @JsonUnwrapped TripParties parties,
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
                t.parties(),
                t.sealId(),
                t.legalBasis(),
                t.createdAt(),
                t.updatedAt(),
                zone,
                t.updatedAt().atZone(zone.zone()).toOffsetDateTime());
    }
}
