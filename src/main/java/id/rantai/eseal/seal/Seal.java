package id.rantai.eseal.seal;

import id.rantai.eseal.SealStatus;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.Versioned;
import id.rantai.shared.Wording;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An electronic seal in a provider's inventory. Its device secret is kept only as a hash. */
public record Seal(
        UUID id,
        UUID providerId,
        String serialNumber,
        String model,
        @Nullable String firmware,
        SealStatus status,
        @Nullable Integer batteryPercent,
        @Nullable Instant lastContactAt,
        Instant createdAt,
        int version)
        implements Versioned {

    public Seal withStatus(SealStatus target) {
        return new Seal(
                id,
                providerId,
                serialNumber,
                model,
                firmware,
                target,
                batteryPercent,
                lastContactAt,
                createdAt,
                version);
    }

    /** A change of status requested by provider staff (the lifecycle moves the other statuses). */
    public Seal changedByProvider(SealStatus target) {
        boolean allowed = switch (target) {
            case AVAILABLE -> status == SealStatus.FAULTY;
            case FAULTY -> status == SealStatus.AVAILABLE;
            case RETIRED -> status == SealStatus.AVAILABLE || status == SealStatus.FAULTY;
            case ASSIGNED, INSTALLED -> false;
        };
        if (!allowed) {
            throw StateConflictException.worded(
                    status.name(),
                    target == SealStatus.ASSIGNED || target == SealStatus.INSTALLED ? "sealByTrip" : "sealCannotMove",
                    serialNumber,
                    Wording.label("sealStatus." + status.name()),
                    Wording.label("sealStatus." + target.name()));
        }
        return withStatus(target);
    }
}
