package id.rantai.eseal;

import java.time.Instant;
import java.util.UUID;

/**
 * A seal as a device that authenticates: its id, serial, provider and the hash of its secret, and
 * when it was registered (a device time before that is a clock that cannot be believed).
 */
public record SealCredential(
        UUID sealId, String serialNumber, UUID providerId, String secretHash, Instant registeredAt) {}
