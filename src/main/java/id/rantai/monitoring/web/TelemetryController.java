package id.rantai.monitoring.web;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.DeviceUnauthorizedException;
import id.rantai.monitoring.ingest.IngestProperties;
import id.rantai.monitoring.ingest.JsonReadingParser;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.ReadingJournal.Result;
import id.rantai.monitoring.ingest.ReadingLog;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.PayloadTooLargeException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The JSON batch channel: a seal (or its gateway) posts up to {@code max-batch-readings} readings,
 * authenticated with the seal's serial and device secret (HTTP Basic). Every reading gets its own
 * result; the response is sent only once the stored ones are on disk.
 */
@RestController
class TelemetryController {
    private final DeviceAuthenticator devices;
    private final ReadingLog journal;
    private final IngestProperties properties;
    private final TripMonitors monitors;
    private final Refusals refusals;
    private final Clock clock;

    TelemetryController(
            DeviceAuthenticator devices,
            ReadingLog journal,
            IngestProperties properties,
            TripMonitors monitors,
            Refusals refusals,
            Clock clock) {
        this.devices = devices;
        this.journal = journal;
        this.properties = properties;
        this.monitors = monitors;
        this.refusals = refusals;
        this.clock = clock;
    }

    record ItemResult(
            int index,
            String status,
            @Nullable String field,
            @Nullable String message) {}

    record BatchResult(int stored, int duplicates, int rejected, List<ItemResult> results) {}

    /**
     * Receives a batch of one seal's readings, authenticated with its serial number and device secret. Each reading is
     * stored durably or refused on its own; the answer says which.
     */
    @PostMapping("/api/v1/telemetry")
    CompletableFuture<ResponseEntity<BatchResult>> ingest(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = TelemetryDocument.Batch.class)))
                    @RequestBody
                    JsonNode body) {
        SealCredential seal = devices.authenticateBasic(auth)
                .orElseThrow(() -> new DeviceUnauthorizedException(
                        "A seal authenticates with its serial number and device secret (HTTP Basic)",
                        "Basic realm=\"rantai-devices\""));
        JsonNode readings = body.get("readings");
        if (readings == null || !readings.isArray()) {
            throw new InvalidInputException("readings", "must be an array of readings");
        }
        if (readings.size() > properties.maxBatchReadings()) {
            throw new PayloadTooLargeException(
                    "readings",
                    "has " + readings.size() + " readings; at most " + properties.maxBatchReadings()
                            + " are accepted per request");
        }
        Instant now = clock.instant();
        MonitoringSettings s = monitors.settingsForSeal(seal.sealId());
        ItemResult[] results = new ItemResult[readings.size()];
        List<Reading> accepted = new ArrayList<>(readings.size());
        List<Integer> positions = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            var parsed = JsonReadingParser.parse(readings.get(i), seal.sealId(), seal.serialNumber(), now);
            if (parsed.rejection() != null) {
                results[i] = new ItemResult(
                        i,
                        "REJECTED",
                        parsed.rejection().field(),
                        parsed.rejection().message());
                refusals.refused("batch", seal.sealId(), parsed.rejection());
            } else {
                accepted.add(ReadingCheck.withUsableClock(parsed.reading(), s, seal.registeredAt(), i));
                positions.add(i);
            }
        }
        return journal.append(accepted).thenApply(stored -> {
            int ok = 0, dup = 0;
            for (int k = 0; k < stored.length; k++) {
                boolean isNew = stored[k] == Result.STORED;
                ok += isNew ? 1 : 0;
                dup += isNew ? 0 : 1;
                Reading r = accepted.get(k);
                results[positions.get(k)] = r.clockValid()
                        ? new ItemResult(positions.get(k), stored[k].name(), null, null)
                        : new ItemResult(
                                positions.get(k),
                                stored[k].name(),
                                "deviceTime",
                                "the device clock (" + r.reportedTime()
                                        + ") cannot be right; stored at its receive time");
            }
            return ResponseEntity.ok(new BatchResult(ok, dup, results.length - ok - dup, List.of(results)));
        });
    }
}
