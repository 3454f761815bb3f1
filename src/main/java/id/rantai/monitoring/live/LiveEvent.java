package id.rantai.monitoring.live;

import java.util.UUID;

/**
 * Something the live stream shows: a position or an alert, with the parties who may see it.
 *
 * @param name the SSE event name ({@code position} or {@code alert})
 * @param data the JSON-serialisable payload
 */
public record LiveEvent(String name, Object data, UUID customsOfficeId, UUID providerId, UUID requesterId) {
}
