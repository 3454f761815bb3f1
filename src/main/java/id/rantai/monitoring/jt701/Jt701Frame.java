package id.rantai.monitoring.jt701;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decoded frame: who sent it, its records, and what (if anything) the server must answer.
 *
 * @param protocolVersion the long format's protocol version, -1 for short-format and text frames
 */
public record Jt701Frame(
        String deviceId,
        int protocolVersion,
        int index,
        List<Jt701Record> records,
        @Nullable String reply) {}
