package id.rantai.monitoring.command;

import id.rantai.identity.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

    @PostMapping("/api/v1/trips/{id}/unlock")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SealCommand unlock(@PathVariable UUID id, @Valid @RequestBody(required = false) UnlockRequest body) {
        return commands.unlock(actor.get(), id, body == null ? null : body.overrideReason());
    }

    @PostMapping("/api/v1/trips/{id}/lock")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SealCommand lock(@PathVariable UUID id) {
        return commands.lock(actor.get(), id);
    }

    @GetMapping("/api/v1/trips/{id}/commands")
    List<SealCommand> list(@PathVariable UUID id) {
        return commands.forTrip(actor.get(), id);
    }
}
