package id.rantai.eseal.skp;

import id.rantai.shared.delivery.SignedPost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Speaks to SKP over HTTPS: one signed POST per event ({@link SignedPost}) to the configured
 * endpoint, JSON, or multipart with the photo, with the API key as a bearer token.
 */
@Component
class SkpClient {
    private final SkpProperties properties;
    private final Clock clock;
    private final SignedPost post;

    SkpClient(SkpProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.post = new SignedPost(properties.timeout());
    }

    /** A photo to send along with its event. */
    record Photo(String fileName, String contentType, byte[] bytes) {}

    SignedPost.Answer send(String eventId, String type, String eventJson, @Nullable Photo photo)
            throws IOException, InterruptedException {
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
        Map<String, String> headers =
                properties.apiKey() == null || properties.apiKey().isBlank()
                        ? Map.of()
                        : Map.of("Authorization", "Bearer " + properties.apiKey());
        return post.send(
                new SignedPost.Request(
                        properties.endpoint(),
                        eventId,
                        type,
                        contentType,
                        body,
                        headers,
                        properties.signingSecret(),
                        properties.timeout()),
                clock.instant());
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
