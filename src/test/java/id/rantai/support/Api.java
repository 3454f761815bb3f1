package id.rantai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for driving the real API over a real socket, as each named user. */
public class Api {
    public static final String PASSWORD = "password-123";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> passwords = new HashMap<>();

    public Api(int port) {
        this.base = "http://localhost:" + port;
        passwords.put("admin", "admin-password-for-tests");
    }

    public void knows(String username, String password) {
        passwords.put(username, password);
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET());
    }

    public Response post(String user, String path, String json) {
        return send(request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String user, String path) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response put(String user, String path, String json) {
        return send(request(user, path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    public Response anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A multipart/form-data POST with text fields and, if content is not null, one file part named "file". */
    public Response upload(
            String user, String path, Map<String, String> fields, String fileName, String contentType, byte[] content) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (content != null) {
            files.put("file", content);
        }
        return uploadParts(user, path, fields, files, fileName, contentType);
    }

    /** A multipart/form-data POST with text fields and file parts (all of one type); a null user is anonymous. */
    public Response uploadParts(
            String user,
            String path,
            Map<String, String> fields,
            Map<String, byte[]> files,
            String fileName,
            String contentType) {
        String boundary = "rantai-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (var f : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Sends the request; an exchange with the API is held to the served API document ({@link ApiContractCheck}). */
    public Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> r = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            Response response = new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
            ApiContractCheck.check(base, built, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    /** A request as the user, or anonymous when the user is null. */
    public HttpRequest.Builder request(String user, String path) {
        if (user == null) {
            return HttpRequest.newBuilder(URI.create(base + path));
        }
        String password = passwords.getOrDefault(user, PASSWORD);
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + auth);
    }
}
