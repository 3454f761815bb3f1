package id.rantai.monitoring.health;

import id.rantai.identity.CurrentActor;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SealHealthController {
    private final SealHealth health;
    private final CurrentActor actor;

    SealHealthController(SealHealth health, CurrentActor actor) {
        this.health = health;
        this.actor = actor;
    }

    @GetMapping("/api/v1/device-health/seals")
    List<SealHealth.SealState> seals() {
        return health.states(actor.get());
    }

    @GetMapping("/api/v1/device-health/offline")
    List<SealHealth.SealState> offline() {
        return health.offline(actor.get());
    }

    @GetMapping("/api/v1/device-health/availability")
    List<SealHealth.Availability> availability(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return health.availability(actor.get(), from, to);
    }
}
