package id.rantai.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds every exchange of the HTTP suites to the served API document (Atlassian's
 * swagger-request-validator): an answer must be one the document lists for the operation, with its
 * headers and a body of its schema; a request the server accepted (2xx or 3xx) must be one the
 * document describes — its parameters and its body. A request the server refused is a test of bad
 * input, which the document need not describe; its refusal must still be a documented one.
 *
 * <p>Only {@code /api/} is held to the document: console pages and public HTML are not part of it.
 */
public final class ApiContractCheck {
    /** Where findings go when {@code -Drantai.api-contract=report}: one line each, instead of failing the test. */
    private static final Path REPORT = Path.of("target", "api-contract-findings.txt");

    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("rantai.api-contract"));
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiContractCheck() {}

    /** Checks one exchange; throws {@link AssertionError} naming every finding. */
    public static void check(String base, HttpRequest request, Response response) {
        URI uri = request.uri();
        String path = uri.getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, ApiContractCheck::validator);
        SimpleRequest sent = request(request);
        SimpleResponse answer = response(response);
        ValidationReport report = response.status() < 400
                ? validator.validate(sent, answer)
                : validator.validateResponse(path, sent.getMethod(), answer);
        List<ValidationReport.Message> found = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !noSuchOperationRefused(m, response.status()))
                .filter(m -> !readingRefusedInTheAnswer(m, path))
                .toList();
        List<ValidationReport.Message> errors =
                found.stream().filter(m -> !mergedDuplicates(m, found)).toList();
        if (errors.isEmpty()) {
            return;
        }
        String findings =
                errors.stream().map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n  "));
        String finding = request.method() + " " + path + " -> " + response.status() + "\n  " + findings;
        if (REPORT_ONLY) {
            write(finding);
        } else {
            throw new AssertionError("The exchange does not match the API document: " + finding);
        }
    }

    /** A method or path the document does not have, answered 404 or 405: the server refused what does not exist. */
    private static boolean noSuchOperationRefused(ValidationReport.Message m, int status) {
        return (status == 404 || status == 405)
                && (m.getKey().equals("validation.request.operation.notAllowed")
                        || m.getKey().equals("validation.request.path.missing"));
    }

    /**
     * The device channels take a batch reading by reading: a bad reading is refused in the answer's
     * results (and the others stored), not by the status; the document states each reading's
     * limits for the device's maker, and the answer says which readings were refused.
     */
    private static boolean readingRefusedInTheAnswer(ValidationReport.Message m, String path) {
        boolean ingest = path.equals("/api/v1/telemetry") || path.equals("/api/v1/forwarding/traccar");
        return ingest
                && m.getKey().startsWith("validation.request.body.schema")
                && (m.getMessage().startsWith("[Path '/readings/")
                        || m.getMessage().startsWith("[Path '/position"));
    }

    /**
     * A list the server reads as a set (unlock methods, business roles) merges repeated items
     * instead of refusing them; so a request with repeats may pass the set's size limit while its
     * list does not. The repeats, and the size they inflate, are not a drift of the document.
     */
    private static boolean mergedDuplicates(ValidationReport.Message m, List<ValidationReport.Message> all) {
        boolean repeated = all.stream().anyMatch(o -> o.getKey().equals("validation.request.body.schema.uniqueItems"));
        return repeated
                && (m.getKey().equals("validation.request.body.schema.uniqueItems")
                        || m.getKey().equals("validation.request.body.schema.maxItems"));
    }

    private static OpenApiInteractionValidator validator(String base) {
        try {
            String document = HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String asThreeZero = asThreeZero(document);
            return OpenApiInteractionValidator.createForInlineApiSpecification(asThreeZero)
                    .withLevelResolver(LevelResolver.create()
                            // Who may call is the security tests' business, not the document's shape.
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The validator reads OpenAPI 3.0. The served 3.1 document uses nothing 3.0 lacks but its way of
     * saying a field may be null ({@code "type": ["string", "null"]}; ApiDocumentTest holds it to
     * that), so it is read as 3.0 with those written the 3.0 way ({@code "nullable": true}).
     */
    static String asThreeZero(String document) {
        JsonNode root = JSON.readTree(document);
        ((ObjectNode) root).put("openapi", "3.0.3");
        nullableTheThreeZeroWay(root);
        return JSON.writeValueAsString(root);
    }

    private static void nullableTheThreeZeroWay(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asString()));
                boolean nullable = types.remove("null");
                if (types.size() == 1) {
                    object.put("type", types.get(0));
                }
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            object.forEach(ApiContractCheck::nullableTheThreeZeroWay);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiContractCheck::nullableTheThreeZeroWay);
        }
    }

    private static SimpleRequest request(HttpRequest r) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(
                Request.Method.valueOf(r.method()), r.uri().getRawPath());
        String query = r.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                b.withQueryParam(name, value);
            }
        }
        r.headers().map().forEach(b::withHeader);
        byte[] body = body(r);
        if (body.length > 0) {
            b.withBody(body);
        }
        return b.build();
    }

    private static SimpleResponse response(Response r) {
        SimpleResponse.Builder b = new SimpleResponse.Builder(r.status());
        r.headers().map().forEach(b::withHeader);
        if (r.body().length > 0) {
            b.withBody(r.body());
        }
        return b.build();
    }

    /** The bytes a request's body publisher gives, read by subscribing to it as the client did. */
    private static byte[] body(HttpRequest r) {
        var publisher = r.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        var out = new java.io.ByteArrayOutputStream();
        var done = new java.util.concurrent.CompletableFuture<Void>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.join();
        return out.toByteArray();
    }

    private static synchronized void write(String finding) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, finding + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
