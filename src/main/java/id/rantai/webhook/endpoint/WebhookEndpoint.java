package id.rantai.webhook.endpoint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.rantai.webhook.WebhookEventKind;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's endpoint. The signing secret is never shown again after it is issued (at
 * registration and on rotation); a listing shows only its last four characters.
 */
public record WebhookEndpoint(
        UUID id,
        UUID organisationId,
        URI url,
        @Nullable String description,
        Set<WebhookEventKind> eventKinds,
        @JsonIgnore String signingSecret,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public WebhookEndpoint {
        eventKinds = Set.copyOf(eventKinds);
    }

    /** The secret's last four characters, to tell which one a receiver holds. */
    public String secretHint() {
        return "…" + signingSecret.substring(Math.max(0, signingSecret.length() - 4));
    }

    public boolean receives(WebhookEventKind kind) {
        return active && (eventKinds.contains(kind) || kind == WebhookEventKind.PING);
    }
}
