package id.rantai.certification.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Compact JWS (RFC 7515) with EdDSA over Ed25519 (RFC 8037): the proof format of a VC-JWT. */
public final class Jws {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Jws() {}

    public static String sign(String headerJson, String payloadJson, PrivateKey key) {
        String input = B64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(String jws, PublicKey key) {
        int last = jws.lastIndexOf('.');
        if (last < 0) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(jws.substring(0, last).getBytes(StandardCharsets.US_ASCII));
            return s.verify(Base64.getUrlDecoder().decode(jws.substring(last + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
