package id.rantai.eseal.web;

import id.rantai.eseal.skp.SkpDeliveries;
import id.rantai.eseal.skp.SkpDelivery;
import id.rantai.identity.CurrentActor;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What went to customs' service system (SKP), per trip and as the office's queue. */
@RestController
class SkpController {
    private final SkpDeliveries deliveries;
    private final CurrentActor actor;

    SkpController(SkpDeliveries deliveries, CurrentActor actor) {
        this.deliveries = deliveries;
        this.actor = actor;
    }

    /** What was sent to customs' service system (SKP) about the trip, and how each delivery went. */
    @GetMapping("/api/v1/trips/{id}/skp-deliveries")
    List<SkpDelivery> ofTrip(@PathVariable UUID id) {
        return deliveries.ofTrip(actor.get(), id);
    }

    /** The office's SKP deliveries, newest first, optionally of one status; everything for administrators. */
    @GetMapping("/api/v1/skp/deliveries")
    List<SkpDelivery> list(
            @RequestParam(required = false) SkpDelivery.Status status, @RequestParam(defaultValue = "100") int limit) {
        return deliveries.list(actor.get(), status, limit);
    }

    /** Sends a FAILED SKP delivery again; the trip's later events follow it. */
    @PostMapping("/api/v1/skp/deliveries/{id}/retry")
    SkpDelivery retry(@PathVariable long id) {
        return deliveries.retry(actor.get(), id);
    }
}
