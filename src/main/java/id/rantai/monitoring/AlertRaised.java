package id.rantai.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.TripParties;
import java.time.Instant;
import java.util.UUID;

/** A new alert was opened for a trip (repeats of an open alert update it and publish nothing). */
public record AlertRaised(
        UUID alertId,
        UUID tripId,
        UUID sealId,
        AlertType type,
        AlertSeverity severity,
        Instant deviceTime,
        double latitude,
        double longitude,
        @JsonUnwrapped TripParties parties) {}
