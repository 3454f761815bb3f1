package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.MutableClock;
import id.rantai.support.Response;
import id.rantai.support.World;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input over the whole API, generated from the OpenAPI document Rantai serves: for every write
 * operation with a JSON body, a plausible body is built from its schema and then spoiled one field
 * at a time — a string of a megabyte, a number where text is expected, text where a number is,
 * numbers beyond 64 bits, impossible dates, an array of 20,000 items, a property nobody declared —
 * and sent as the first user the operation lets in, with the path's ids taken from the lists that
 * user can read. Every answer must be below 500, every refusal problem+json, and every 400 must
 * name the field it refuses. Run on H2 and PostgreSQL.
 */
abstract class GeneratedBadInputScenarios {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String MEGABYTE = "x".repeat(1 << 20);
    static final byte[] PDF = "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII);
    /** Marks a spoiled body that must be refused, not merely answered without a 5xx. */
    static final String REFUSED = " (must be refused)";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    Api api;
    JsonNode doc;
    final List<String> findings = new ArrayList<>();
    int sent;
    int reached;

    @Test
    void everyWriteOperationRefusesBadInputWithAProblemNamingTheField() {
        api = new Api(port);
        World w = new World(api);
        // Things to write to, so that the ids in paths lead somewhere: a trip with its seal on and a
        // disruption reported on it, an exam session with a registration, an AEO self-assessment.
        String trip = w.installedTrip("GEN-" + w.suffix, clock.instant().plus(Duration.ofMinutes(5)))
                .trip();
        api.post(w.company, "/api/v1/disruptions", """
                {"tripId":"%s","category":"OTHER","description":"Ban pecah"}""".formatted(trip)).expect(201);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(7));
        String session = api.post(w.trainer, "/api/v1/certification/sessions", """
                {"code":"GEN-%s","title":"Ujian SAK","examDate":"%s","venue":"Pusdiklat BC","capacity":9,
                 "registrationOpens":"%s","registrationCloses":"%s"}""".formatted(
                                w.suffix.toUpperCase(), today.plusDays(14), today.minusDays(1), today.plusDays(7)))
                .expect(201)
                .id();
        byte[] scan = "%PDF-1.4\n% scan".getBytes(StandardCharsets.US_ASCII);
        String candidate = api.uploadParts(
                        null,
                        "/api/v1/public/certification/sessions/" + session + "/registrations",
                        Map.of(
                                "fullName", "Rudi Hartono",
                                "nationalId", "3374000000000001",
                                "birthPlace", "Semarang",
                                "birthDate", "1990-05-17",
                                "email", "rudi@example.co.id"),
                        Map.of("KTP", scan, "IJAZAH", scan, "PAS_FOTO", scan),
                        "scan.pdf",
                        "application/pdf")
                .expect(201)
                .json("$.candidateId");
        known.put("/api/v1/certification/candidates", candidate); // listed only under its session
        String framework = api.get(w.company, "/api/v1/aeo/frameworks")
                .<List<String>>json("$[?(@.key == 'AEO-ID')].id")
                .get(0);
        api.post(w.company, "/api/v1/aeo/assessments", "{\"frameworkId\":\"" + framework + "\"}")
                .expect(201);
        List<String> users =
                new ArrayList<>(List.of("admin", w.company, w.companyAdmin, w.officer, w.provider, w.trainer));
        users.add(null); // the public
        doc = json.readTree(api.get("admin", "/v3/api-docs").expect(200).text());

        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode op = path.getValue().path(method);
                JsonNode schema = op.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                // A body read as free JSON (telemetry, xAPI statements, settings) is checked by its own tests.
                if (op.isMissingNode()
                        || schema.isMissingNode()
                        || schema.path("$ref").asString("").endsWith("/JsonNode")) {
                    continue;
                }
                operations++;
                probe(method.toUpperCase(), path.getKey(), op, resolve(schema), users);
            }
        }
        int uploads = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode op = path.getValue().path("post");
            JsonNode schema = op.path("requestBody")
                    .path("content")
                    .path("multipart/form-data")
                    .path("schema");
            if (!schema.isMissingNode()) {
                uploads++;
                probeUpload(path.getKey(), op, resolve(schema), users);
            }
        }
        assertThat(uploads).as("operations that take files").isGreaterThan(5);
        assertThat(operations).as("write operations with a JSON body").isGreaterThan(60);
        // Most bodies must get past the path's thing to their checks, or the test would try little.
        assertThat(reached)
                .as("operations whose body was read, of %d", operations)
                .isGreaterThan(operations * 3 / 4);
        assertThat(findings)
                .as("answers to %d bad requests over %d operations", sent, operations)
                .isEmpty();
    }

    /**
     * The contract states every limit: each text a request body carries has a maximum length (or is
     * a date, an id or one of a list of values), and each list a maximum number of items.
     */
    @Test
    void everyTextAndListInARequestBodyHasADocumentedLimit() {
        api = new Api(port);
        doc = json.readTree(api.get("admin", "/v3/api-docs").expect(200).text());
        java.util.Set<String> unbounded = new java.util.TreeSet<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode schema = path.getValue()
                        .path(method)
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (!schema.isMissingNode()) {
                    unboundedIn(schema, method.toUpperCase() + " " + path.getKey() + " ", unbounded, 0);
                }
            }
        }
        assertThat(unbounded)
                .as("request body fields without a documented limit")
                .isEmpty();
    }

    private void unboundedIn(JsonNode schema, String at, java.util.Set<String> out, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 5) {
            return;
        }
        switch (type(s)) {
            case "string" -> {
                boolean bounded = s.has("maxLength") || s.has("enum") || s.has("format") || s.has("pattern");
                if (!bounded) {
                    out.add(at);
                }
            }
            case "array" -> {
                if (!s.has("maxItems")) {
                    out.add(at + "[]");
                }
                unboundedIn(s.path("items"), at + "[].", out, depth + 1);
            }
            case "object" -> {
                for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                    unboundedIn(
                            p.getValue(),
                            at + (at.endsWith(" ") || at.endsWith(".") ? "" : ".") + p.getKey(),
                            out,
                            depth + 1);
                }
            }
            default -> {}
        }
    }

    /**
     * An upload: its text parts plausible and its files small PDFs, then each text part a megabyte,
     * each file empty, not what it claims to be, or over the 5 MB every upload is held to.
     */
    private void probeUpload(String template, JsonNode op, JsonNode schema, List<String> users) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode part = resolve(p.getValue());
            if ("binary".equals(part.path("format").asString()) || "array".equals(type(part))) {
                files.put(p.getKey(), PDF);
            } else {
                fields.put(
                        p.getKey(),
                        "object".equals(type(part))
                                ? sample(part, 0).toString()
                                : sample(part, 0).asString());
            }
        }
        Caller caller = furthest(users, "POST", template, op, "plausible parts", (u, p) -> upload(u, p, fields, files));
        if (caller == null) {
            return;
        }
        String user = caller.user(), path = caller.path();
        for (String name : fields.keySet()) {
            Map<String, String> bad = new LinkedHashMap<>(fields);
            bad.put(name, MEGABYTE);
            check("POST", template, "a 1 MB part " + name, upload(user, path, bad, files), true);
        }
        for (String name : files.keySet()) {
            for (Map.Entry<String, byte[]> content : Map.of(
                            "an empty file", new byte[0],
                            "a file that is no PDF", "not a pdf".getBytes(StandardCharsets.US_ASCII),
                            "a file over 5 MB", new byte[5 * 1024 * 1024 + 1])
                    .entrySet()) {
                Map<String, byte[]> bad = new LinkedHashMap<>(files);
                bad.put(name, content.getValue());
                Response r = upload(user, path, fields, bad);
                check("POST", template, content.getKey() + " as " + name, r, false);
                if (r.status() < 400 && !content.getKey().contains("no PDF")) {
                    findings.add("POST " + template + " accepted " + content.getKey() + " as " + name);
                }
            }
        }
    }

    /** Who an operation is tried as, at which path, and whether their plausible request got as far as its checks. */
    record Caller(String user, String path, boolean bodyRead) {}

    /**
     * The user who gets furthest with a plausible request: one whose request is read (an answer, a
     * refusal of a field or of the state) rather than one to whom the path's thing is not found;
     * null when the operation lets no one in. Every answer on the way is checked too.
     */
    private Caller furthest(
            List<String> users,
            String method,
            String template,
            JsonNode op,
            String what,
            java.util.function.BiFunction<String, String, Response> attempt) {
        Caller best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (String candidate : users) {
            String p = fill(template, op, candidate);
            Response r = attempt.apply(candidate, p);
            check(method, template, what, r, false);
            int depth = r.status() < 300 || r.status() == 400 || r.status() == 409 ? 0 : r.status() == 404 ? 1 : 2;
            if (depth < bestDepth && r.status() != 401 && r.status() != 403) {
                bestDepth = depth;
                best = new Caller(candidate, p, depth == 0);
            }
        }
        return best;
    }

    private Response upload(String user, String path, Map<String, String> fields, Map<String, byte[]> files) {
        sent++;
        return api.uploadParts(user, path, fields, files, "scan.pdf", "application/pdf");
    }

    /** Finds who may call the operation, then sends each spoiled body and checks the answer. */
    private void probe(String method, String template, JsonNode op, JsonNode schema, List<String> users) {
        JsonNode good = sample(schema, 0);
        Caller caller = furthest(
                users, method, template, op, "a plausible body", (u, p) -> send(u, method, p, good.toString()));
        if (caller == null) {
            return; // nobody here may call it: its refusals were checked above
        }
        if (caller.bodyRead()) {
            reached++;
        }
        String user = caller.user(), path = caller.path();
        for (Map.Entry<String, String> bad : spoiled(schema, good).entrySet()) {
            Response r = send(user, method, path, bad.getValue());
            check(method, template, bad.getKey(), r, true);
            if (bad.getKey().contains(REFUSED) && r.status() < 400) {
                findings.add(method + " " + template + " accepted " + bad.getKey() + ": " + r.status());
            }
        }
    }

    private void check(String method, String template, String what, Response r, boolean mustName) {
        String at = method + " " + template + " with " + what + ": " + r.status();
        if (r.status() >= 500) {
            findings.add(at + " " + abbreviated(r.text()));
            return;
        }
        if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
            findings.add(at + " answered " + r.contentType() + " instead of problem+json");
            return;
        }
        if (mustName && r.status() == 400) {
            JsonNode problem = json.readTree(r.text());
            if (problem.path("field").asString("").isBlank()
                    && problem.path("errors").path(0).path("field").asString("").isBlank()) {
                findings.add(at + " names no field: " + abbreviated(r.text()));
            }
        }
    }

    /** Each body with one thing wrong, by what is wrong with it. */
    private Map<String, String> spoiled(JsonNode schema, JsonNode good) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("an array for the body", "[]");
        out.put(
                "a truncated body",
                good.toString().substring(0, Math.max(1, good.toString().length() / 2)));
        if (good instanceof ObjectNode o) {
            ObjectNode extra = o.deepCopy();
            extra.put("notAField" + UUID.randomUUID().toString().substring(0, 4), "x");
            out.put("an undeclared property", extra.toString());
            spoilFields(schema, o, "", out, 0);
        }
        return out;
    }

    private void spoilFields(JsonNode schema, ObjectNode good, String prefix, Map<String, String> out, int depth) {
        JsonNode props = schema.path("properties");
        for (Map.Entry<String, JsonNode> p : props.properties()) {
            String name = p.getKey();
            JsonNode field = resolve(p.getValue());
            String at = prefix + name;
            for (Map.Entry<String, JsonNode> bad : badValues(field).entrySet()) {
                ObjectNode copy = good.deepCopy();
                copy.set(name, bad.getValue());
                out.put(bad.getKey() + " in " + at, copy.toString());
            }
            if (depth < 1 && good.get(name) instanceof ObjectNode inner && "object".equals(type(field))) {
                Map<String, String> nested = new LinkedHashMap<>();
                spoilFields(field, inner, "", nested, depth + 1);
                for (Map.Entry<String, String> n : nested.entrySet()) {
                    ObjectNode copy = good.deepCopy();
                    copy.set(name, json.readTree(n.getValue()));
                    out.put(n.getKey() + " (in " + at + ")", copy.toString());
                }
            }
        }
    }

    /** The wrong values for a field of this schema. */
    private Map<String, JsonNode> badValues(JsonNode field) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        String type = type(field);
        String format = field.path("format").asString("");
        switch (type) {
            case "string" -> {
                out.put("a 1 MB string" + REFUSED, NODES.stringNode(MEGABYTE));
                if (field.has("maxLength")) {
                    int max = field.path("maxLength").asInt();
                    out.put(
                            "one character over the documented " + max + REFUSED,
                            NODES.stringNode("x".repeat(max + 1)));
                }
                out.put("a number for text", NODES.numberNode(12345));
                if (format.equals("date") || format.equals("date-time")) {
                    out.put("an impossible date", NODES.stringNode("2026-02-30"));
                    out.put("a date that is no date", NODES.stringNode("tomorrow"));
                }
                if (format.equals("uuid")) {
                    out.put("a malformed id", NODES.stringNode("not-a-uuid"));
                }
            }
            case "integer" -> {
                out.put("text for a number", NODES.stringNode("many"));
                out.put(
                        "a number beyond 64 bits",
                        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
                out.put("a fraction for a whole number", NODES.numberNode(1.5));
            }
            case "number" -> {
                out.put("text for a number", NODES.stringNode("many"));
                out.put("a number beyond a double", NODES.numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> out.put("text for a yes or no", NODES.stringNode("perhaps"));
            case "array" -> {
                ArrayNode huge = NODES.arrayNode();
                JsonNode items = resolve(field.path("items"));
                JsonNode item = sample(items, 1);
                // Plain text items are made distinct, or a set would keep only one of them.
                boolean distinct = item.isString() && !items.has("enum") && !items.has("format");
                for (int i = 0; i < 20_000; i++) {
                    huge.add(distinct ? NODES.stringNode(item.asString() + i) : item);
                }
                boolean collapses = field.path("uniqueItems").asBoolean() && !distinct;
                out.put("an array of 20,000 items" + (collapses ? "" : REFUSED), huge);
                out.put("text for a list", NODES.stringNode("x"));
                out.put("an empty array", NODES.arrayNode());
            }
            case "object" -> out.put("text for an object", NODES.stringNode("x"));
            default -> {}
        }
        return out;
    }

    /** A plausible value of a schema: what a careful client would send. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && !schema.path("example").isNull()) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        String format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "string" ->
                NODES.stringNode(
                        switch (format) {
                            case "date" ->
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(7))
                                        .toString();
                            case "date-time" -> clock.instant().toString();
                            case "uuid" -> UUID.randomUUID().toString();
                            case "email" -> "someone@example.co.id";
                            default -> "Contoh";
                        });
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 4) {
                    a.add(sample(schema.path("items"), depth + 1));
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> p :
                            schema.path("properties").properties()) {
                        o.set(p.getKey(), sample(p.getValue(), depth + 1));
                    }
                }
                yield o;
            }
            default -> NODES.nullNode();
        };
    }

    private static String type(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        if (t.isString()) {
            return t.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    /** The schema behind a {@code $ref}, or the first branch of a {@code oneOf}/{@code allOf}. */
    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10; i++) {
            if (schema.has("$ref")) {
                String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
                schema = doc.path("components").path("schemas").path(name);
            } else if (schema.has("allOf")) {
                schema = schema.path("allOf").path(0);
            } else if (schema.has("oneOf")) {
                schema = schema.path("oneOf").path(0);
            } else if (schema.has("anyOf")) {
                schema = schema.path("anyOf").path(0);
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** The path with its parameters filled: ids from what the user can list, other values plausible. */
    private String fill(String template, JsonNode op, String user) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asString();
            JsonNode schema = resolve(p.path("schema"));
            String value;
            if ("path".equals(p.path("in").asString())) {
                value = "uuid".equals(schema.path("format").asString())
                        ? idFor(path.substring(0, path.indexOf("{" + name + "}")), user)
                        : sample(schema, 0).asString();
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if ("query".equals(p.path("in").asString())
                    && p.path("required").asBoolean()) {
                query.add(name + "=" + URLEncoder.encode(sample(schema, 0).asString(), StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> known = new LinkedHashMap<>();

    /** The first id the user finds in the list the path's collection answers, else an unknown one. */
    private String idFor(String collection, String user) {
        String list = collection.endsWith("/") ? collection.substring(0, collection.length() - 1) : collection;
        return ids.computeIfAbsent(list + " as " + user, k -> {
            if (known.containsKey(list)) {
                return known.get(list);
            }
            if (list.contains("{") || user == null) {
                return UUID.randomUUID().toString();
            }
            Response r = api.get(user, list);
            if (r.status() == 200 && r.contentType().contains("json")) {
                JsonNode body = json.readTree(r.text());
                JsonNode items = body.isArray() ? body : body.path("items");
                for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
                    String id = firstId(it.next());
                    if (id != null) {
                        return id;
                    }
                }
            }
            return UUID.randomUUID().toString();
        });
    }

    private static String firstId(JsonNode item) {
        if (item.path("id").isString()) {
            return item.path("id").asString();
        }
        for (JsonNode child : item) {
            if (child.isObject() && child.path("id").isString()) {
                return child.path("id").asString();
            }
        }
        return null;
    }

    private Response send(String user, String method, String path, String body) {
        sent++;
        return api.send(api.request(user, path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
