package id.rantai.monitoring.forwarding;

import id.rantai.eseal.SealCredential;
import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.DeviceAuthenticator;
import id.rantai.monitoring.ingest.DeviceUnauthorizedException;
import id.rantai.monitoring.ingest.ReadingCheck;
import id.rantai.monitoring.ingest.ReadingLog;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Positions forwarded by a provider's own Traccar server. In Traccar's configuration:
 * {@code forward.enable=true}, {@code forward.type=json},
 * {@code forward.url=https://<rantai>/api/v1/forwarding/traccar} and
 * {@code forward.header=Authorization: Bearer <forwarder token>}. The device's unique id in Traccar
 * is the seal's serial number; only the provider's own seals are accepted. Answered 200 once stored,
 * so Traccar's retry covers any failure.
 */
@RestController
class ForwardingController {
    private final Forwarders forwarders;
    private final DeviceAuthenticator devices;
    private final ReadingLog journal;
    private final TripMonitors monitors;
    private final Refusals refusals;
    private final CurrentActor actor;
    private final Clock clock;

    ForwardingController(
            Forwarders forwarders,
            DeviceAuthenticator devices,
            ReadingLog journal,
            TripMonitors monitors,
            Refusals refusals,
            CurrentActor actor,
            Clock clock) {
        this.forwarders = forwarders;
        this.devices = devices;
        this.journal = journal;
        this.monitors = monitors;
        this.refusals = refusals;
        this.actor = actor;
        this.clock = clock;
    }

    record NewForwarder(@Size(max = 200) String name) {}

    /** Creates a forwarder for the provider's Traccar server; the answer carries its bearer token, shown this once. */
    @PostMapping("/api/v1/forwarders")
    @ResponseStatus(HttpStatus.CREATED)
    Forwarders.ForwarderWithToken create(@Valid @RequestBody NewForwarder body) {
        return forwarders.create(actor.get(), body.name());
    }

    /** The provider's forwarders. */
    @GetMapping("/api/v1/forwarders")
    List<Forwarders.Forwarder> list() {
        return forwarders.list(actor.get());
    }

    /** Revokes a forwarder: its token stops working at once. */
    @PostMapping("/api/v1/forwarders/{id}/revoke")
    Forwarders.Forwarder revoke(@PathVariable UUID id) {
        return forwarders.revoke(actor.get(), id);
    }

    /**
     * Receives one position forwarded by a provider's Traccar server (forward.type=json), with the forwarder's bearer
     * token. Stored durably before the answer.
     */
    @PostMapping("/api/v1/forwarding/traccar")
    CompletableFuture<ResponseEntity<Map<String, String>>> traccar(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = TraccarForwardDocument.Event.class)))
                    @RequestBody
                    JsonNode body) {
        String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : null;
        UUID provider = forwarders
                .providerOf(token)
                .orElseThrow(() ->
                        new DeviceUnauthorizedException("A forwarder authenticates with its bearer token", "Bearer"));
        String uniqueId = TraccarPositions.uniqueId(body);
        if (uniqueId == null) {
            throw new InvalidInputException("device.uniqueId", "is required: the seal's serial number");
        }
        SealCredential seal = devices.identify(uniqueId)
                .filter(s -> s.providerId().equals(provider))
                .orElseThrow(() ->
                        new InvalidInputException("device.uniqueId", "is not a seal of this forwarder's provider"));
        var decoded = TraccarPositions.decode(body, seal.sealId(), clock.instant());
        if (decoded.rejection() != null) {
            refusals.refused("traccar", seal.sealId(), decoded.rejection());
            throw new InvalidInputException(
                    decoded.rejection().field(), decoded.rejection().message());
        }
        Reading reading = ReadingCheck.withUsableClock(
                decoded.reading(), monitors.settingsForSeal(seal.sealId()), seal.registeredAt(), 0);
        return journal.append(List.of(reading)).thenApply(r -> ResponseEntity.ok(Map.of("status", r[0].name())));
    }
}
