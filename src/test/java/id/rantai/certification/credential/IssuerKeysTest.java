package id.rantai.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.CertificationProperties.IssuerKeystore;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The issuer's key from a PKCS#12 key store made with the JDK's keytool, as an operator would make
 * it: it signs, the database key it replaced stays published, and a store that is wrong in any way
 * stops the start with a message that says what is wrong.
 */
class IssuerKeysTest {
    @TempDir
    Path dir;

    JdbcClient jdbc;

    @BeforeEach
    void database() {
        String url = "jdbc:h2:mem:issuer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
    }

    @Test
    void aKeystoreKeySignsNewCredentialsAndTheDatabaseKeyItReplacedStaysPublished() throws Exception {
        IssuerKeys before = keys(null);
        IssuerKeys.Signer old = before.signer();
        assertThat(old.id()).isEqualTo("key-1");
        String signedBefore = Jws.sign("{\"alg\":\"EdDSA\"}", "{\"n\":1}", old.key());

        Path store = keytool("Ed25519", "secret-123");
        IssuerKeys after = keys(new IssuerKeystore(store.toString(), "PKCS12", "secret-123", "rantai-issuer", "key-2"));
        assertThat(after.signer().id()).isEqualTo("key-2");
        List<IssuerKeys.NamedKey> published = after.published();
        assertThat(published).extracting(IssuerKeys.NamedKey::id).containsExactly("key-2", "key-1");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(store.toFile())) {
            ks.load(in, "secret-123".toCharArray());
        }
        assertThat(published.get(0).publicKey())
                .isEqualTo(ks.getCertificate("rantai-issuer").getPublicKey());
        String signedAfter =
                Jws.sign("{\"alg\":\"EdDSA\"}", "{\"n\":2}", after.signer().key());
        assertThat(Jws.verify(signedAfter, published.get(0).publicKey())).isTrue();
        assertThat(Jws.verify(signedBefore, published.get(1).publicKey())).isTrue();
        assertThat(Jws.verify(signedBefore, published.get(0).publicKey())).isFalse();
        assertThat(IssuerKeys.jwk(published.get(0)))
                .containsEntry("kid", "key-2")
                .containsEntry("crv", "Ed25519");
    }

    @Test
    void withAKeystoreAndNoOlderKeyNoDatabaseKeyIsMadeOrPublished() throws Exception {
        Path store = keytool("Ed25519", "secret-123");
        IssuerKeys keys =
                keys(new IssuerKeystore(store.toString(), "PKCS12", "secret-123", "rantai-issuer", "hsm-2026"));
        assertThat(keys.published()).extracting(IssuerKeys.NamedKey::id).containsExactly("hsm-2026");
        keys.signer();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cert_issuer_key")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongKeystoreStopsTheStartSayingWhatIsWrong() throws Exception {
        Path ed = keytool("Ed25519", "secret-123");
        assertThatThrownBy(
                        () -> keys(new IssuerKeystore(ed.toString(), "PKCS12", "wrong-pass", "rantai-issuer", "key-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot read the issuer key store");
        assertThatThrownBy(
                        () -> keys(new IssuerKeystore(ed.toString(), "PKCS12", "secret-123", "someone-else", "key-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no private key under alias 'someone-else'");
        assertThatThrownBy(
                        () -> keys(new IssuerKeystore(ed.toString(), "PKCS12", "secret-123", "rantai-issuer", "key-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must not be key-1");
        assertThatThrownBy(() ->
                        keys(new IssuerKeystore(dir.resolve("missing.p12").toString(), "PKCS12", "x", "a", "key-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.p12");
        Path rsa = keytool("RSA", "secret-123");
        assertThatThrownBy(() ->
                        keys(new IssuerKeystore(rsa.toString(), "PKCS12", "secret-123", "rantai-issuer", "key-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an Ed25519 key");
    }

    private IssuerKeys keys(IssuerKeystore keystore) {
        return new IssuerKeys(
                new JdbcIssuerKeys(jdbc),
                new CertificationProperties(
                        "SAK.{year}.{seq}",
                        "http://localhost:8080",
                        30,
                        10,
                        60,
                        Map.of(),
                        keystore,
                        new CertificationProperties.Letterhead(
                                java.util.List.of("Pusdiklat"), null, "Jakarta", "Kepala")),
                Clock.systemUTC());
    }

    /** Makes a key store exactly as the README tells an operator to. */
    private Path keytool(String algorithm, String password) throws Exception {
        Path store = dir.resolve(algorithm + "-" + UUID.randomUUID() + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-keyalg",
                        algorithm,
                        "-alias",
                        "rantai-issuer",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        password,
                        "-validity",
                        "3650",
                        "-dname",
                        "CN=Pusdiklat Bea dan Cukai, O=Kementerian Keuangan, C=ID")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(Files.exists(store)).isTrue();
        return store;
    }
}
