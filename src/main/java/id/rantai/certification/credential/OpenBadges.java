package id.rantai.certification.credential;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.certificate.Certificate;
import id.rantai.certification.certificate.CertificateRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential of type
 * OpenBadgeCredential), secured as a VC-JWT signed with the issuer's Ed25519 key, and the
 * revocation status of all of them as a signed Bitstring Status List credential. The issuer profile
 * publishes the public key as a JWK, so verifiers outside Rantai check both with standard tools.
 * The holder is named, not identified by national id: a credential shown around must not carry it.
 */
@Component
public class OpenBadges {
    static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    public static final String ISSUER_PATH = "/api/v1/public/certification/issuer";
    public static final String STATUS_PATH = "/api/v1/public/certification/status-list";

    private final IssuerKeys keys;
    private final CertificateRegistry registry;
    private final CertificationProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    OpenBadges(
            IssuerKeys keys,
            CertificateRegistry registry,
            CertificationProperties properties,
            JsonMapper json,
            Clock clock) {
        this.keys = keys;
        this.registry = registry;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    public String issuerId() {
        return properties.publicBaseUrl() + ISSUER_PATH;
    }

    public Map<String, Object> issuerProfile() {
        List<Map<String, Object>> methods = new ArrayList<>();
        for (IssuerKeys.NamedKey key : keys.published()) {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", issuerId() + "#" + key.id());
            method.put("type", "JsonWebKey");
            method.put("controller", issuerId());
            method.put("publicKeyJwk", IssuerKeys.jwk(key));
            methods.add(method);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@context", CONTEXT);
        p.put("id", issuerId());
        p.put("type", List.of("Profile"));
        p.put("name", "Pusat Pendidikan dan Pelatihan Bea dan Cukai");
        p.put("url", properties.publicBaseUrl() + "/verify");
        p.put("verificationMethod", methods);
        return p;
    }

    /** The certificate's credential as a compact VC-JWT. */
    public String credential(Certificate c) {
        String statusUrl = properties.publicBaseUrl() + STATUS_PATH;
        Instant validFrom = c.issuedOn().atTime(LocalTime.NOON).toInstant(ZoneOffset.ofHours(7));
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", properties.publicBaseUrl() + "/api/v1/public/certification/achievements/ahli-kepabeanan");
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", "Ahli Kepabeanan (Customs Expert)");
        achievement.put(
                "description",
                "Lulus Ujian Sertifikasi Ahli Kepabeanan / passed the customs expert certification exam");
        achievement.put("criteria", Map.of("narrative", "Ujian Sertifikasi Ahli Kepabeanan menurut PER-5/PP/2021"));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("name", c.holderName());
        subject.put("achievement", achievement);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", statusUrl + "#" + c.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(c.statusIndex()));
        status.put("statusListCredential", statusUrl);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", "urn:uuid:" + c.id());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put(
                "issuer",
                Map.of(
                        "id",
                        issuerId(),
                        "type",
                        List.of("Profile"),
                        "name",
                        "Pusat Pendidikan dan Pelatihan Bea dan Cukai"));
        vc.put("validFrom", validFrom.toString());
        vc.put("name", "Sertifikat Ahli Kepabeanan " + c.number());
        vc.put("credentialSubject", subject);
        vc.put("credentialStatus", status);
        return jwt(vc, validFrom, "urn:uuid:" + c.id());
    }

    /** The revocation list of every certificate, as a signed BitstringStatusListCredential. */
    public String statusList() {
        String statusUrl = properties.publicBaseUrl() + STATUS_PATH;
        Instant now = clock.instant();
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", statusUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", BitstringStatusList.encode(registry.revokedIndexes()));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("id", statusUrl);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuerId());
        vc.put("validFrom", now.toString());
        vc.put("credentialSubject", subject);
        return jwt(vc, now, statusUrl);
    }

    private String jwt(Map<String, Object> vc, Instant notBefore, String id) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("typ", "vc+jwt");
        IssuerKeys.Signer signer = keys.signer();
        header.put("kid", issuerId() + "#" + signer.id());
        Map<String, Object> claims = new LinkedHashMap<>(vc);
        claims.put("iss", issuerId());
        claims.put("jti", id);
        claims.put("nbf", notBefore.getEpochSecond());
        claims.put("iat", clock.instant().getEpochSecond());
        return Jws.sign(json.writeValueAsString(header), json.writeValueAsString(claims), signer.key());
    }

    /** For tests and for an operator checking a credential: does this JWT carry a valid signature of ours? */
    public boolean verifySignature(String jwt) {
        return keys.published().stream().anyMatch(k -> Jws.verify(jwt, k.publicKey()));
    }
}
