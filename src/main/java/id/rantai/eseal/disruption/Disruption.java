package id.rantai.eseal.disruption;

import id.rantai.shared.StateConflictException;
import id.rantai.shared.Versioned;
import id.rantai.shared.Wording;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A laporan kendala: a problem with a seal or the system, and how the provider followed it up. */
public record Disruption(
        UUID id,
        @Nullable UUID tripId,
        @Nullable UUID sealId,
        UUID providerId,
        @Nullable UUID officeId,
        @Nullable UUID reporterOrgId,
        UUID reportedBy,
        DisruptionCategory category,
        String description,
        DisruptionStatus status,
        Instant reportedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable UUID acknowledgedBy,
        @Nullable Instant resolvedAt,
        @Nullable UUID resolvedBy,
        @Nullable String resolution,
        int version)
        implements Versioned {

    Disruption acknowledge(UUID by, Instant at) {
        if (status != DisruptionStatus.REPORTED) {
            throw StateConflictException.worded(
                    status.name(), "disruptionNotReported", Wording.label("disruptionStatus." + status.name()));
        }
        return moved(DisruptionStatus.ACKNOWLEDGED, at, by, null, null, null);
    }

    /** Resolving an unacknowledged report acknowledges it at the same moment. */
    Disruption resolve(UUID by, Instant at, String how) {
        if (status == DisruptionStatus.RESOLVED) {
            throw new StateConflictException("Disruption is already RESOLVED", status.name());
        }
        return moved(
                DisruptionStatus.RESOLVED,
                acknowledgedAt == null ? at : acknowledgedAt,
                acknowledgedBy == null ? by : acknowledgedBy,
                at,
                by,
                how);
    }

    private Disruption moved(
            DisruptionStatus to,
            @Nullable Instant ackAt,
            @Nullable UUID ackBy,
            @Nullable Instant resolvedOn,
            @Nullable UUID resolver,
            @Nullable String how) {
        return new Disruption(
                id,
                tripId,
                sealId,
                providerId,
                officeId,
                reporterOrgId,
                reportedBy,
                category,
                description,
                to,
                reportedAt,
                ackAt,
                ackBy,
                resolvedOn,
                resolver,
                how,
                version);
    }
}
