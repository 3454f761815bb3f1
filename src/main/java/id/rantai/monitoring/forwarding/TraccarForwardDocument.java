package id.rantai.monitoring.forwarding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * What a Traccar server's event forwarding ({@code forward.type=json}) POSTs, as the API document
 * shows it: the fields Rantai reads. Traccar sends more (its own ids, the device's other
 * attributes); they are read past, not refused, so these records describe the format rather than
 * bind it.
 */
final class TraccarForwardDocument {
    private TraccarForwardDocument() {}

    @Schema(name = "TraccarEvent", description = "One position forwarded by a provider's Traccar server.")
    record Event(Device device, Position position) {}

    @Schema(name = "TraccarDevice", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Device(
            @Schema(
                    description = "The seal's serial number, as registered with Rantai",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 64)
            String uniqueId,

            @Schema(maxLength = 200) String name) {}

    @Schema(name = "TraccarPosition", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Position(
            @Schema(description = "When the seal took the fix (deviceTime when absent)")
            OffsetDateTime fixTime,

            OffsetDateTime deviceTime,
            @Schema(minimum = "-90", maximum = "90") Double latitude,
            @Schema(minimum = "-180", maximum = "180") Double longitude,
            @Schema(description = "Metres") Double altitude,
            @Schema(description = "Metres") Double accuracy,

            @Schema(description = "Knots, as Traccar keeps speed")
            Double speed,

            @Schema(description = "Degrees") Double course,
            Boolean valid,
            Attributes attributes) {}

    @Schema(name = "TraccarAttributes", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Attributes(
            @Schema(
                    description = "tampering, door or lowBattery raise the seal event; others are read past",
                    maxLength = 64)
            String alarm,

            @Schema(description = "The lock's state: true locked")
            Boolean lock,

            @Schema(description = "Percent", minimum = "0", maximum = "100")
            Double batteryLevel) {}
}
