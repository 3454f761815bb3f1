package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served API document as a client generator reads it. */
@ApiTest
class ApiDocumentTest {
    @LocalServerPort
    int port;

    JsonNode doc() {
        return JsonMapper.builder()
                .build()
                .readTree(new Api(port).anonymous("/v3/api-docs").expect(200).text());
    }

    @Test
    void saysHowEachCallerAuthenticatesAndTagsEachOperationWithItsModule() {
        JsonNode doc = doc();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("user").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("seal").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("forwarder").path("scheme").asString()).isEqualTo("bearer");
        JsonNode paths = doc.path("paths");
        assertThat(paths.path("/api/v1/telemetry").path("post").path("security").toString())
                .contains("seal");
        assertThat(paths.path("/api/v1/forwarding/traccar")
                        .path("post")
                        .path("security")
                        .toString())
                .contains("forwarder");
        assertThat(paths.path("/api/v1/trips").path("post").path("security").toString())
                .contains("user", "session");
        assertThat(paths.path("/api/v1/public/certification/complaints")
                        .path("post")
                        .path("security")
                        .isEmpty())
                .isTrue();
        assertThat(paths.path("/api/v1/trips").path("post").path("tags").toString())
                .isEqualTo("[\"eseal\"]");
        assertThat(paths.path("/login").path("post").path("requestBody").toString())
                .contains("application/x-www-form-urlencoded", "username", "password");
        assertThat(paths.path("/login").path("post").path("security").isEmpty()).isTrue();
        assertThat(paths.path("/api/v1/certification/sessions")
                        .path("post")
                        .path("tags")
                        .toString())
                .isEqualTo("[\"certification\"]");
    }

    @Test
    void everyOperationHasAUniqueMeaningfulIdAndAnswersItsRefusalsAsProblems() {
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc().path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String at = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asString("");
                if (id.isEmpty() || id.matches(".*_\\d+$") || !ids.add(id)) {
                    wrong.add(at + ": operation id '" + id + "'");
                }
                JsonNode bad = op.getValue()
                        .path("responses")
                        .path("400")
                        .path("content")
                        .path("application/problem+json");
                if (!bad.path("schema").path("$ref").asString("").endsWith("/Problem")) {
                    wrong.add(at + ": no problem+json 400");
                }
                if (path.getKey().contains("{")
                        && op.getValue().path("responses").path("404").isMissingNode()) {
                    wrong.add(at + ": no 404");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ids).contains("tripRequest", "examSchedule");
    }

    @Test
    void sameNamedBodiesOfDifferentModulesAreDifferentSchemas() {
        JsonNode doc = doc();
        String trips = ref(doc, "/api/v1/trips/{id}/cancel");
        String certificates = ref(doc, "/api/v1/certification/certificates/{id}/revoke");
        assertThat(trips).isNotEqualTo(certificates);
        String session = ref(doc, "/api/v1/certification/sessions");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path(session)
                        .path("properties")
                        .has("venue"))
                .as("the exam session's body, not the training session's")
                .isTrue();
    }

    /** GeoJSON and telemetry bodies are shown as what they are, not as Jackson's tree classes. */
    @Test
    void geoJsonAndTelemetryBodiesAreTyped() {
        JsonNode doc = doc();
        JsonNode schemas = doc.path("components").path("schemas");
        String plan = ref(doc, "/api/v1/trips/{id}/route-plan", "put");
        JsonNode route = schemas.path(plan).path("properties").path("route");
        assertThat(route.toString()).contains("LineString").doesNotContain("nodeType");
        assertThat(ref(doc, "/api/v1/telemetry")).isEqualTo("TelemetryBatch");
        assertThat(schemas.path("TelemetryReading").path("properties").has("deviceTime"))
                .isTrue();
    }

    /** Every operation says what it does in a line (its Javadoc's first sentence) and at more length. */
    @Test
    void everyOperationHasASummaryAndADescription() {
        List<String> bare = new ArrayList<>();
        doc().path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    if (op.getValue().path("summary").asString("").isBlank()
                            || op.getValue().path("description").asString("").isBlank()) {
                        bare.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        assertThat(bare).isEmpty();
        assertThat(doc().path("paths")
                        .path("/api/v1/trips/{id}/approve")
                        .path("post")
                        .path("summary")
                        .asString())
                .isEqualTo("A customs officer of the trip's office approves the request.");
    }

    @Test
    void noBodyIsShownAsJacksonsTreeClasses() {
        String doc = doc().toString();
        assertThat(doc).doesNotContain("\"nodeType\"", "\"JsonNode\"", "\"ObjectNode\"");
        assertThat(ref(doc(), "/api/v1/forwarding/traccar")).isEqualTo("TraccarEvent");
        assertThat(ref(doc(), "/api/v1/offices/{officeId}/monitoring-settings", "put"))
                .isEqualTo("MonitoringSettings");
    }

    /** A field the code marks {@code @Nullable} may be null in the document too; the others may not. */
    @Test
    void fieldsThatMayBeNullSaySo() {
        JsonNode delivery =
                doc().path("components").path("schemas").path("WebhookDelivery").path("properties");
        assertThat(delivery.path("lastStatusCode").path("type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(delivery.path("attemptLog").path("type").toString()).isEqualTo("[\"array\",\"null\"]");
        assertThat(delivery.path("eventId").path("type").asString()).isEqualTo("string");
        JsonNode organisation =
                doc().path("components").path("schemas").path("Organisation").path("properties");
        assertThat(organisation.path("timeZone").path("enum").toString()).contains("null");
    }

    /**
     * The document is OpenAPI 3.1 but uses nothing 3.0 lacks except its way of saying a field may
     * be null: generators and validators that read 3.0 read it whole (the contract check relies on it).
     */
    @Test
    void usesNoOpenApi31KeywordBeyondNullableTypes() {
        List<String> found = new ArrayList<>();
        walk(doc(), "", found);
        assertThat(found).isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                JsonNode value = node.get(key);
                boolean typeList = key.equals("type")
                        && value.isArray()
                        && !(value.size() == 2 && value.toString().contains("\"null\""));
                if (typeList
                        || Set.of(
                                        "const",
                                        "prefixItems",
                                        "contentMediaType",
                                        "$schema",
                                        "$defs",
                                        "unevaluatedProperties")
                                .contains(key)
                        || (Set.of("exclusiveMinimum", "exclusiveMaximum").contains(key) && value.isNumber())) {
                    found.add(at + "/" + key);
                }
                if (!key.equals("examples") && !key.equals("example")) {
                    walk(value, at + "/" + key, found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(v -> walk(v, at, found));
        }
    }

    /** A multipart upload lists its text fields in the form, beside its files, where clients put them. */
    @Test
    void uploadsListTheirFieldsInTheForm() {
        JsonNode op = doc().path("paths").path("/api/v1/trips/{id}/documents").path("post");
        JsonNode form = op.path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("schema")
                .path("properties");
        assertThat(form.has("step") && form.has("takenAt") && form.has("file")).isTrue();
        assertThat(op.path("parameters").toString()).doesNotContain("\"query\"");
        JsonNode registration = doc().path("paths")
                .path("/api/v1/public/certification/sessions/{id}/registrations")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("schema")
                .path("properties");
        assertThat(registration.has("fullName") && registration.has("KTP") && registration.has("PAS_FOTO"))
                .isTrue();
    }

    private static String ref(JsonNode doc, String path) {
        return ref(doc, path, "post");
    }

    /** The name of the schema an operation's JSON body refers to. */
    private static String ref(JsonNode doc, String path, String method) {
        return doc.path("paths")
                .path(path)
                .path(method)
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString()
                .replace("#/components/schemas/", "");
    }
}
