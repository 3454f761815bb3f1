package id.rantai.certification.credential;

import id.rantai.shared.jdbc.SqlTime;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The issuer's Ed25519 signing key, created on first use and kept in the database so every Rantai
 * instance signs with the same key. (A production installation may prefer an HSM; the key never
 * leaves this class except as a signature.)
 */
@Component
public class IssuerKeys {
    static final String KEY_ID = "key-1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile KeyPair pair;

    IssuerKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    KeyPair pair() {
        KeyPair p = pair;
        if (p == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate();
                }
                p = pair;
            }
        }
        return p;
    }

    /** The public key as a JSON Web Key (RFC 8037: OKP, Ed25519). */
    public Map<String, String> publicJwk() {
        byte[] encoded = pair().getPublic().getEncoded();
        // An Ed25519 SubjectPublicKeyInfo ends with the 32-byte raw key.
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return Map.of("kty", "OKP", "crv", "Ed25519", "x", Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
                "kid", KEY_ID, "use", "sig", "alg", "EdDSA");
    }

    private KeyPair loadOrCreate() {
        var stored = jdbc.sql("SELECT private_key, public_key FROM cert_issuer_key WHERE id = ?").param(KEY_ID)
                .query((rs, n) -> new String[] {rs.getString("private_key"), rs.getString("public_key")}).optional();
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            if (stored.isPresent()) {
                PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.get()[0])));
                PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.get()[1])));
                return new KeyPair(pub, priv);
            }
            KeyPair created = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            try {
                jdbc.sql("INSERT INTO cert_issuer_key (id, algorithm, private_key, public_key, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(KEY_ID, "Ed25519", Base64.getEncoder().encodeToString(created.getPrivate().getEncoded()),
                                Base64.getEncoder().encodeToString(created.getPublic().getEncoded()), SqlTime.of(clock.instant()))
                        .update();
                return created;
            } catch (DuplicateKeyException anotherInstanceWon) {
                return loadOrCreate();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
