package id.rantai.monitoring.web;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.UnlockMethod;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The telemetry body as the API document shows it. The endpoint reads each reading field by field
 * (a device's extra fields are kept out of the way, not refused), so these records describe the
 * format rather than bind it.
 */
final class TelemetryDocument {
    private TelemetryDocument() {}

    @Schema(
            name = "TelemetryBatch",
            description = "Up to rantai.monitoring.ingest.max-batch-readings readings of one seal.")
    record Batch(
            @ArraySchema(schema = @Schema(implementation = Reading.class), maxItems = 1000)
            List<Reading> readings) {}

    @Schema(name = "TelemetryReading", description = "One reading; only deviceTime is required.")
    record Reading(
            @Schema(
                    description = "The seal's serial number; when given, it must be the authenticated seal's",
                    maxLength = 64)
            String seal,

            @Schema(
                    description = "When the seal took the reading: ISO-8601 with offset, or epoch milliseconds",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Instant deviceTime,

            @Schema(description = "The seal's own counter; a repeat is stored once", format = "int64")
            Long sequence,

            @Schema(minimum = "-90", maximum = "90") Double latitude,
            @Schema(minimum = "-180", maximum = "180") Double longitude,
            @Schema(description = "Metres") Double altitude,
            @Schema(description = "Metres; or hdop") Double accuracy,
            Double hdop,
            Boolean fixValid,
            @Schema(minimum = "0", maximum = "1000") Double speedKmh,
            @Schema(minimum = "0", maximum = "360") Double heading,

            @Schema(description = "Percent", minimum = "0", maximum = "100")
            Double battery,

            LockState lockState,
            @ArraySchema(maxItems = 16) List<SealEvent> events,
            UnlockMethod unlockMethod,
            @Schema(maxLength = 64) String rfidCard) {}
}
