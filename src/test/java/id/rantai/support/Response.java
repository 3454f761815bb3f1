package id.rantai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;

/** An HTTP response as a test sees it. */
public record Response(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {

    /** A header's first value, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public <T> T json(String path) {
        return JsonPath.read(text(), path);
    }

    public String id() {
        return json("$.id");
    }

    public Response expect(int expected) {
        assertThat(status).as("HTTP status of response %s", text()).isEqualTo(expected);
        return this;
    }

    /** Asserts an RFC 9457 problem+json body with the given status naming the given field. */
    public Response expectProblem(int expected, String field) {
        expect(expected);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat((String) json("$.field")).isEqualTo(field);
        return this;
    }

    public Response expectProblem(int expected) {
        expect(expected);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat((Integer) json("$.status")).isEqualTo(expected);
        return this;
    }
}
