package id.rantai.certification.credential;

import id.rantai.certification.certificate.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * The W3C Bitstring Status List encoding: a bitstring of at least 16 KiB (131,072 entries) where
 * bit {@code i} (most significant bit first) is 1 when the credential at status index {@code i} is
 * revoked, GZIP-compressed and written as multibase base64url (prefix {@code u}).
 */
public final class BitstringStatusList {
    public static final int SIZE = Certificate.STATUS_LIST_SIZE;

    private BitstringStatusList() {}

    public static String encode(Collection<Integer> revokedIndexes) {
        byte[] bits = new byte[SIZE / 8];
        for (int i : revokedIndexes) {
            if (i < 0 || i >= SIZE) {
                throw new IllegalArgumentException("status index " + i + " is outside the list");
            }
            bits[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
