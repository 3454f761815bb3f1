package id.rantai.certification.credential;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.CertificationProperties.IssuerKeystore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The issuer's Ed25519 keys. Configured with a key store ({@code rantai.certification.issuer-keystore.path}),
 * Rantai signs with the key in it, read once at start-up (a bad store stops the start); anyone who can
 * read the database then still cannot sign certificates. Without one, a key is created on first use
 * and kept in the database, so every instance signs with the same key — convenient for the embedded
 * defaults. A database key that exists stays published after a key store takes over, so credentials
 * it signed keep verifying.
 */
@Component
public class IssuerKeys {
    static final String DATABASE_KEY_ID = "key-1";

    /** A public key under the name credentials give it. */
    public record NamedKey(String id, PublicKey publicKey) {}

    record Signer(String id, PrivateKey key) {}

    private final JdbcIssuerKeys keys;
    private final Clock clock;
    private final Optional<KeystoreKey> keystore;
    /** Null until read; empty when a key store is used and the database holds no older key. */
    private volatile Optional<KeyPair> databaseKey;

    private record KeystoreKey(String id, PrivateKey privateKey, PublicKey publicKey) {}

    IssuerKeys(JdbcIssuerKeys keys, CertificationProperties properties, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        IssuerKeystore configured = properties.issuerKeystore();
        this.keystore = configured == null
                        || configured.path() == null
                        || configured.path().isBlank()
                ? Optional.empty()
                : Optional.of(load(configured));
    }

    /** The key that signs new credentials. */
    Signer signer() {
        return keystore.map(k -> new Signer(k.id(), k.privateKey()))
                .orElseGet(() -> new Signer(DATABASE_KEY_ID, databaseKey(true).getPrivate()));
    }

    /** Every key a verifier may meet, the signing key first. */
    public List<NamedKey> published() {
        List<NamedKey> keys = new ArrayList<>();
        keystore.ifPresent(k -> keys.add(new NamedKey(k.id(), k.publicKey())));
        KeyPair db = databaseKey(keystore.isEmpty());
        if (db != null) {
            keys.add(new NamedKey(DATABASE_KEY_ID, db.getPublic()));
        }
        return keys;
    }

    /** A public key as a JSON Web Key (RFC 8037: OKP, Ed25519). */
    public static Map<String, String> jwk(NamedKey key) {
        byte[] encoded = key.publicKey().getEncoded();
        // An Ed25519 SubjectPublicKeyInfo ends with the 32-byte raw key.
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return Map.of(
                "kty",
                "OKP",
                "crv",
                "Ed25519",
                "x",
                Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
                "kid",
                key.id(),
                "use",
                "sig",
                "alg",
                "EdDSA");
    }

    private static KeystoreKey load(IssuerKeystore configured) {
        if (DATABASE_KEY_ID.equals(configured.keyId())) {
            throw new IllegalStateException("rantai.certification.issuer-keystore.key-id must not be " + DATABASE_KEY_ID
                    + ", the name of the database key");
        }
        char[] password =
                configured.password() == null ? null : configured.password().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(configured.path()))) {
            KeyStore store = KeyStore.getInstance(configured.type());
            store.load(in, password);
            if (!(store.getKey(configured.alias(), password) instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("Issuer key store " + configured.path()
                        + " has no private key under alias '" + configured.alias() + "'");
            }
            Certificate certificate = store.getCertificate(configured.alias());
            if (!isEd25519(privateKey.getAlgorithm())
                    || certificate == null
                    || !isEd25519(certificate.getPublicKey().getAlgorithm())) {
                throw new IllegalStateException("The issuer key '" + configured.alias() + "' in " + configured.path()
                        + " is not an Ed25519 key with its certificate (keytool -genkeypair -keyalg Ed25519)");
            }
            // The certificate's public key is what verifiers get: make sure it belongs to the private key.
            byte[] probe = "rantai issuer key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("The certificate under alias '" + configured.alias() + "' in "
                        + configured.path() + " does not match its private key");
            }
            return new KeystoreKey(configured.keyId(), privateKey, certificate.getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the issuer key store " + configured.path() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEd25519(String algorithm) {
        return "Ed25519".equalsIgnoreCase(algorithm) || "EdDSA".equalsIgnoreCase(algorithm);
    }

    /**
     * The database key, read once. Created if {@code create} (no key store) and none exists yet;
     * with a key store, null when the database holds none.
     */
    private KeyPair databaseKey(boolean create) {
        Optional<KeyPair> k = databaseKey;
        if (k == null) {
            synchronized (this) {
                if (databaseKey == null) {
                    databaseKey = Optional.ofNullable(loadOrCreate(create));
                }
                k = databaseKey;
            }
        }
        return k.orElse(null);
    }

    private KeyPair loadOrCreate(boolean create) {
        var stored = keys.find(DATABASE_KEY_ID);
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            if (stored.isPresent()) {
                PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getDecoder().decode(stored.get().privateKey())));
                PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(stored.get().publicKey())));
                return new KeyPair(pub, priv);
            }
            if (!create) {
                return null;
            }
            KeyPair created = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var encoded = new JdbcIssuerKeys.StoredKey(
                    Base64.getEncoder().encodeToString(created.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(created.getPublic().getEncoded()));
            return keys.insert(DATABASE_KEY_ID, "Ed25519", encoded, clock.instant()) ? created : loadOrCreate(true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
