package id.rantai.eseal.skp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Speaks to SKP over HTTPS: one POST per event to the configured endpoint, JSON, or multipart with
 * the photo. Every request carries the event id as {@code Idempotency-Key} (a retry after a lost
 * answer is recognisable as the same event), the API key as a bearer token, and
 * {@code X-Rantai-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t." + body>} under the
 * signing secret.
 */
@Component
class SkpClient {
    private final SkpProperties properties;
    private final Clock clock;
    private final HttpClient http;

    SkpClient(SkpProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    record Answer(int status, String body, @Nullable String retryAfter) {}

    /** A photo to send along with its event. */
    record Photo(String fileName, String contentType, byte[] bytes) {}

    Answer send(String eventId, String type, String eventJson, @Nullable Photo photo)
            throws IOException, InterruptedException {
        URI endpoint = properties.endpoint();
        byte[] body;
        String contentType;
        if (photo == null) {
            body = eventJson.getBytes(StandardCharsets.UTF_8);
            contentType = "application/json";
        } else {
            String boundary = "rantai-" + UUID.randomUUID();
            body = multipart(boundary, eventJson, photo);
            contentType = "multipart/form-data; boundary=" + boundary;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(properties.timeout())
                .header("Content-Type", contentType)
                .header("Idempotency-Key", eventId)
                .header("X-Rantai-Event", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        if (properties.signingSecret() != null && !properties.signingSecret().isBlank()) {
            request.header(
                    "X-Rantai-Signature",
                    signature(properties.signingSecret(), clock.instant().getEpochSecond(), body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] multipart(String boundary, String eventJson, Photo photo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(photo.bytes().length + eventJson.length() + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"event\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + eventJson + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + photo.fileName()
                + "\"\r\n"
                + "Content-Type: " + photo.contentType() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(photo.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
