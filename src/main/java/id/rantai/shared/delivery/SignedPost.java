package id.rantai.shared.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * One event POSTed to a receiver. Every request carries the event id as {@code Idempotency-Key}
 * (a retry after a lost answer is recognisable as the same event), the event type as
 * {@code X-Rantai-Event}, and, under a signing secret,
 * {@code X-Rantai-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t." + body>} — the timestamp
 * inside the signature lets a receiver refuse an old request replayed.
 */
public final class SignedPost {
    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429);
    private static final int MAX_ANSWER_BYTES = 2000;

    private final HttpClient http;

    public SignedPost(Duration connectTimeout) {
        // Redirects are not followed: a receiver that moved says so by failing, not by leading elsewhere.
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What the receiver does with an answer: done, try again later, or refused for a person to look at. */
    public enum Verdict {
        /** 2xx, or 409: the receiver has the event already. */
        ACCEPTED,
        /** 408, 425, 429, 5xx: busy or failing, tried again with back-off. */
        TRY_AGAIN,
        /** Any other answer: the request itself is wrong, and trying again will not mend it. */
        REFUSED
    }

    /** The receiver's answer; the body cut to what an administrator needs to read. */
    public record Answer(int status, String body, @Nullable String retryAfter) {
        public Verdict verdict() {
            if ((status >= 200 && status < 300) || status == 409) {
                return Verdict.ACCEPTED;
            }
            return status >= 500 || TRANSIENT.contains(status) ? Verdict.TRY_AGAIN : Verdict.REFUSED;
        }
    }

    /** One request to send. */
    public record Request(
            URI endpoint,
            String eventId,
            String eventType,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            @Nullable String signingSecret,
            Duration timeout) {}

    /** Sends the request; an unreachable receiver or a timeout is an {@link IOException}. */
    public Answer send(Request r, Instant now) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(r.endpoint())
                .timeout(r.timeout())
                .header("Content-Type", r.contentType())
                .header("Idempotency-Key", r.eventId())
                .header("X-Rantai-Event", r.eventType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(r.body()));
        r.headers().forEach(request::header);
        if (r.signingSecret() != null && !r.signingSecret().isBlank()) {
            request.header("X-Rantai-Signature", signature(r.signingSecret(), now.getEpochSecond(), r.body()));
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        // Only the start of the answer is read: a receiver cannot make Rantai hold a body of any size.
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
        }
        return new Answer(
                response.statusCode(),
                body,
                response.headers().firstValue("Retry-After").orElse(null));
    }

    /** {@code t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>." + body>}. */
    public static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
