package id.rantai.certification;

import id.rantai.shared.crypto.Sha256;
import java.security.SecureRandom;

/**
 * Unguessable tokens: 130 bits from a secure random source, written in Crockford base 32 (no
 * ambiguous letters), never derived from anything a guesser knows. Access tokens are stored only as
 * their SHA-256, so a copy of the database does not hand them out.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Tokens() {}

    /** 26 characters, 130 bits. */
    public static String next() {
        byte[] bytes = new byte[17];
        RANDOM.nextBytes(bytes);
        StringBuilder out = new StringBuilder(26);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < 26) {
                out.append(ALPHABET[(int) (buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Tokens are compared in one canonical form: upper case, without separators people add. */
    public static String normalise(String token) {
        return token == null
                ? ""
                : token.trim()
                        .toUpperCase(java.util.Locale.ROOT)
                        .replace("-", "")
                        .replace(" ", "");
    }
}
