package id.rantai.monitoring.alert;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.rantai.eseal.TripParties;
import id.rantai.monitoring.AlertSeverity;
import id.rantai.monitoring.AlertStatus;
import id.rantai.monitoring.AlertType;
import id.rantai.shared.Versioned;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An alert and its follow-up: open, acknowledged, resolved — by whom, when and why. */
public record Alert(
        UUID id,
        UUID tripId,
        UUID sealId,
        AlertType type,
        AlertSeverity severity,
        AlertStatus status,
        @JsonUnwrapped TripParties parties,
        Instant openedAt,
        Instant deviceTime,
        Instant lastSeenAt,
        int occurrences,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String details,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable String acknowledgeNote,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable String resolveNote,
        int version,
        @Nullable Instant lastDeviceTime)
        implements Versioned {}
