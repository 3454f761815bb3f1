package id.rantai.monitoring.ingest;

import org.jspecify.annotations.Nullable;

/** A device or forwarder that did not prove who it is (HTTP 401, with a challenge when there is one). */
public class DeviceUnauthorizedException extends RuntimeException {
    private final String challenge;

    public DeviceUnauthorizedException(String message, @Nullable String challenge) {
        super(message);
        this.challenge = challenge;
    }

    public @Nullable String challenge() {
        return challenge;
    }
}
