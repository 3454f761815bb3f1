package id.rantai.monitoring.web;

import id.rantai.identity.CurrentActor;
import id.rantai.monitoring.live.SseHub;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Live positions and alerts as Server-Sent Events, filtered by what the viewer may see. */
@RestController
class LiveController {
    private final SseHub hub;
    private final CurrentActor actor;

    LiveController(SseHub hub, CurrentActor actor) {
        this.hub = hub;
        this.actor = actor;
    }

    /** Server-sent events of what the caller may see: alerts, trip changes and positions as they happen. */
    @GetMapping(value = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return hub.subscribe(actor.get());
    }
}
