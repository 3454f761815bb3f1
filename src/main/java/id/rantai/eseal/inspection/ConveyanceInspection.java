package id.rantai.eseal.inspection;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seven-point inspection of a container or conveyance before it is sealed — front wall, left
 * side, right side, floor, ceiling/roof, inside/outside doors, outside/undercarriage — and the
 * eighth point, the fan housing, for a refrigerated container (AEO 6.b.4). It passes only when every
 * point that applies is sound.
 */
public record ConveyanceInspection(
        UUID id,
        UUID organisationId,
        @Nullable UUID tripId,
        String containerNumber,
        boolean reefer,
        Points points,
        boolean passed,
        String inspector,
        @Nullable String remarks,
        Instant inspectedAt,
        UUID recordedBy,
        Instant recordedAt) {

    /** Each point: true when sound; {@code fanHousing} only for a reefer. */
    public record Points(
            boolean frontWall,
            boolean leftSide,
            boolean rightSide,
            boolean floor,
            boolean ceilingRoof,
            boolean doors,
            boolean undercarriage,
            @Nullable Boolean fanHousing) {

        boolean allSound(boolean reefer) {
            return frontWall
                    && leftSide
                    && rightSide
                    && floor
                    && ceilingRoof
                    && doors
                    && undercarriage
                    && (!reefer || Boolean.TRUE.equals(fanHousing));
        }
    }
}
