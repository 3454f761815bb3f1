package id.rantai.monitoring.live;

import java.util.UUID;
import org.springframework.lang.Nullable;

/**
 * Something the live stream shows, with the parties who may see it (a party may be null).
 *
 * @param name the SSE event name: {@code position}, {@code alert}, {@code trip}, {@code norm} or {@code disruption}
 * @param data the JSON-serialisable payload
 */
public record LiveEvent(String name, Object data, @Nullable UUID customsOfficeId, UUID providerId,
                        @Nullable UUID requesterId) {
}
