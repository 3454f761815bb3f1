package id.rantai.eseal;

import id.rantai.shared.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Per-seal device secrets. A secret is 192 random bits, so a fast hash (SHA-256) is as safe as a slow
 * one against guessing and leaves the telemetry path able to authenticate tens of thousands of
 * readings a second; bcrypt is for human passwords, which are guessable.
 */
public final class DeviceSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return "sha256:" + Sha256.hex(secret);
    }

    /** Constant-time comparison of a presented secret with a stored hash. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
