package id.rantai.notification.web;

import id.rantai.identity.CurrentActor;
import id.rantai.notification.internal.JdbcMutes;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own choice of e-mail topics they do not want (for example ALERT_WARNING). */
@RestController
class MuteController {
    private final JdbcMutes mutes;
    private final CurrentActor actor;

    MuteController(JdbcMutes mutes, CurrentActor actor) {
        this.mutes = mutes;
        this.actor = actor;
    }

    /** The notification topics the caller has muted. */
    @GetMapping("/api/v1/me/muted-topics")
    List<String> list() {
        return mutes.of(actor.get().userId());
    }

    /** Mutes a notification topic for the caller (204). */
    @PutMapping("/api/v1/me/muted-topics/{topic}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void mute(@PathVariable String topic) {
        mutes.mute(actor.get().userId(), topic);
    }

    /** Unmutes a notification topic for the caller (204). */
    @DeleteMapping("/api/v1/me/muted-topics/{topic}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmute(@PathVariable String topic) {
        mutes.unmute(actor.get().userId(), topic);
    }
}
