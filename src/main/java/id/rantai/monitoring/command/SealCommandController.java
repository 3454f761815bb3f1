package id.rantai.monitoring.command;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SealCommandController {
    private final SealCommands commands;
    private final CurrentActor actor;

    SealCommandController(SealCommands commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    record UnlockRequest(@Size(max = 1000) String overrideReason) {}

    /** Answers 202 with the command, and its address to follow its result. */
    @PostMapping("/api/v1/trips/{id}/unlock")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<SealCommand> unlock(
            @PathVariable UUID id, @Valid @RequestBody(required = false) UnlockRequest body) {
        return accepted(commands.unlock(actor.get(), id, body == null ? null : body.overrideReason()));
    }

    /**
     * Asks the trip's seal to lock (202): the command is sent to the seal and its result recorded at the Location
     * given.
     */
    @PostMapping("/api/v1/trips/{id}/lock")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<SealCommand> lock(@PathVariable UUID id) {
        return accepted(commands.lock(actor.get(), id));
    }

    /** One lock or unlock command and how the seal answered. */
    @GetMapping("/api/v1/trips/{id}/commands/{commandId}")
    SealCommand command(@PathVariable UUID id, @PathVariable UUID commandId) {
        return commands.forTrip(actor.get(), id).stream()
                .filter(c -> c.id().equals(commandId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Command", commandId));
    }

    private static ResponseEntity<SealCommand> accepted(SealCommand c) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/trips/" + c.tripId() + "/commands/" + c.id()))
                .body(c);
    }

    /** The lock and unlock commands sent to the trip's seal, newest first. */
    @GetMapping("/api/v1/trips/{id}/commands")
    List<SealCommand> list(@PathVariable UUID id) {
        return commands.forTrip(actor.get(), id);
    }
}
