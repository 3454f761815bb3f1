package id.rantai.eseal;

import java.util.UUID;

/**
 * A seal was registered, its device secret rotated or its status changed: whoever caches seal
 * credentials forgets this serial, so a newly registered seal is accepted at once and a retired or
 * rotated one refused at once.
 */
public record SealCredentialChanged(UUID sealId, String serialNumber) {}
