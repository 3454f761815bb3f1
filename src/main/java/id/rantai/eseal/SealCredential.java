package id.rantai.eseal;

import java.util.UUID;

/** A seal as a device that authenticates: its id, serial, provider and the hash of its secret. */
public record SealCredential(UUID sealId, String serialNumber, UUID providerId, String secretHash) {
}
