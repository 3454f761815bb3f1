package id.rantai.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * What the served API document says beyond what springdoc reads from the controllers: how each
 * caller authenticates (a user with Basic or a session, a seal with its device secret, a Traccar
 * server with its bearer token, the public not at all), one tag per business module, operation ids
 * a generated client can use as method names, and the RFC 9457 problem every refusal answers with.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {
    static final String USER = "user";
    static final String SESSION = "session";
    static final String SEAL = "seal";
    static final String FORWARDER = "forwarder";
    static final String PROBLEM = "Problem";

    /** The addresses of the records that answer with an ETag and change only at the version If-Match names. */
    private static final String VERSIONED =
            "/api/v1/(trips|seals|disruptions|alerts|aeo/assessments|certification/requests)/\\{id}";

    /** Tags by module, in the order the README introduces them. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("identity", "Organisations, users, sign-in and the current user");
        MODULES.put(
                "eseal", "E-seal trips under the joint DJBC SOP: requests, approval, seals, routes, documents, norms");
        MODULES.put(
                "monitoring", "Live monitoring: device readings, alerts, positions, unlock authorisation, forwarding");
        MODULES.put("aeo", "AEO compliance: frameworks, self-assessments, evidence, reviews, corrective actions");
        MODULES.put(
                "training", "The CTPAT/AEO security-training programme: catalogue, employees, sessions, compliance");
        MODULES.put("certification", "Customs-expert certification: exams, certificates, after-services, complaints");
        MODULES.put(
                "webhook", "Organisations' webhooks: endpoints, signed deliveries in order per trip, their attempts");
        MODULES.put("notification", "E-mail outbox and notification preferences");
        MODULES.put("audit", "The audit trail");
        MODULES.put("storage", "Stored files");
    }

    /** The module a controller belongs to: the package under {@code id.rantai}. */
    static String moduleOf(Class<?> controller) {
        String name = controller.getPackageName();
        String rest = name.startsWith("id.rantai.") ? name.substring("id.rantai.".length()) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Tag and id from the controller: {@code TripController.request} becomes tag {@code eseal}
     * and operation id {@code tripRequest}, which a client generator turns into a method name.
     */
    @Bean
    OperationCustomizer moduleTagsAndOperationIds() {
        return (Operation operation, HandlerMethod handler) -> {
            Class<?> type = handler.getBeanType();
            operation.setTags(List.of(moduleOf(type)));
            String owner = type.getSimpleName().replaceAll("(Controller|Pages?|Api)$", "");
            String base = owner.isEmpty() ? "" : Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
            String method = handler.getMethod().getName();
            operation.setOperationId(base + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer securityTagsAndProblems() {
        return api -> {
            api.info(new Info()
                    .title("Rantai API")
                    .version("v1")
                    .description(
                            "E-seal monitoring, AEO compliance, security training and customs-expert certification. "
                                    + "Errors are RFC 9457 problem+json; the reader's language is chosen by Accept-Language "
                                    + "(Indonesian unless English comes first)."));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            components.addSecuritySchemes(
                    USER,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("basic")
                            .description("A user's username and password."));
            components.addSecuritySchemes(
                    SESSION,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.APIKEY)
                            .in(SecurityScheme.In.COOKIE)
                            .name("JSESSIONID")
                            .description("The session POST /login opens. Every write with it also sends the XSRF-TOKEN "
                                    + "cookie's value as the X-XSRF-TOKEN header."));
            components.addSecuritySchemes(
                    SEAL,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("basic")
                            .description("A seal's serial number and the device secret given at its registration."));
            components.addSecuritySchemes(
                    FORWARDER,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description(
                                    "The token a provider created for its Traccar server (POST /api/v1/forwarders)."));
            components.addSchemas(PROBLEM, problemSchema());
            api.setTags(MODULES.entrySet().stream()
                    .map(e -> new Tag().name(e.getKey()).description(e.getValue()))
                    .toList());
            if (api.getPaths() == null) {
                return;
            }
            // Signing in and out are Spring Security's, not a controller's: written here, with their own security.
            api.getPaths().addPathItem("/login", loginPath());
            api.getPaths().addPathItem("/logout", logoutPath());
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                        if (!path.equals("/login") && !path.equals("/logout")) {
                            op.setSecurity(securityOf(path));
                        }
                        describeParameters(op);
                        formFieldsInTheirForm(op);
                        addProblems(op, path, method);
                    }));
        };
    }

    /** Signing in for a session. */
    private static PathItem loginPath() {
        ObjectSchema form = new ObjectSchema();
        form.addProperty("username", new StringSchema().maxLength(100));
        form.addProperty("password", new StringSchema().maxLength(72).format("password"));
        form.setRequired(List.of("username", "password"));
        ObjectSchema signedIn = new ObjectSchema();
        signedIn.addProperty("username", new StringSchema());
        Operation op = new Operation()
                .operationId("sessionLogin")
                .summary("Sign in for a session")
                .description("Opens the session cookie the `session` scheme names. Send the XSRF-TOKEN cookie's value "
                        + "(any earlier answer sets it) as X-XSRF-TOKEN, as every session write does. Wrong passwords "
                        + "in a row (rantai.identity.max-failed-logins) lock the account for a while.")
                .tags(List.of("identity"))
                .requestBody(new io.swagger.v3.oas.models.parameters.RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("Signed in")
                                        .content(new Content()
                                                .addMediaType("application/json", new MediaType().schema(signedIn))))
                        .addApiResponse("401", problemResponse("Wrong username or password, or the account is locked."))
                        .addApiResponse("403", problemResponse("The X-XSRF-TOKEN header is missing (type `csrf`).")));
        op.setSecurity(List.of());
        return new PathItem().post(op);
    }

    private static PathItem logoutPath() {
        Operation op = new Operation()
                .operationId("sessionLogout")
                .summary("Sign out of the session")
                .description("Ends the session the cookie names; the cookie no longer opens anything. Needs the "
                        + "X-XSRF-TOKEN header like every session write.")
                .tags(List.of("identity"))
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out")));
        op.setSecurity(List.of(new SecurityRequirement().addList(SESSION)));
        return new PathItem().post(op);
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static List<SecurityRequirement> securityOf(String path) {
        if (path.startsWith("/api/v1/public/")) {
            return List.of(); // anyone
        }
        if (path.equals("/api/v1/telemetry")) {
            return List.of(new SecurityRequirement().addList(SEAL));
        }
        if (path.startsWith("/api/v1/forwarding/")) {
            return List.of(new SecurityRequirement().addList(FORWARDER));
        }
        return List.of(new SecurityRequirement().addList(USER), new SecurityRequirement().addList(SESSION));
    }

    /**
     * What the query parameters and form fields the operations share mean, said once. A method's
     * Javadoc {@code @param} says it where a parameter means more than this.
     */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("limit", "How many items to answer: 1 to 1000, 100 when not given."),
            Map.entry("offset", "How many items to skip from the start of the list's order."),
            Map.entry("status", "Only the items in this status."),
            Map.entry("state", "Only the trips in this state."),
            Map.entry("tripId", "Only those of this trip."),
            Map.entry(
                    "officeId", "Only those of this customs office (an administrator's choice; others see their own)."),
            Map.entry("providerId", "Only those of this e-seal provider."),
            Map.entry("organisationId", "Only those of this organisation."),
            Map.entry("containerNumber", "Only the trips of this container (ISO 6346)."),
            Map.entry("from", "Start of the period, included."),
            Map.entry("to", "End of the period."),
            Map.entry("since", "Only those recorded at or after this time."),
            Map.entry("topic", "Only the messages of this notification topic."));

    private static void describeParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (var p : op.getParameters()) {
            String known = PARAMETERS.get(p.getName());
            if (known != null
                    && (p.getDescription() == null || p.getDescription().isBlank())) {
                p.setDescription(known);
            }
        }
    }

    /**
     * A multipart upload's text fields are bound by {@code @RequestParam}, which springdoc lists as
     * query parameters; Spring reads them from the form as well, and a form is where a browser and a
     * generated client put them: so they are written as fields of the multipart body beside its files.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void formFieldsInTheirForm(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null || op.getParameters() == null) {
            return;
        }
        MediaType multipart = op.getRequestBody().getContent().get("multipart/form-data");
        if (multipart == null || multipart.getSchema() == null) {
            return;
        }
        Schema form = multipart.getSchema();
        List<io.swagger.v3.oas.models.parameters.Parameter> fields = op.getParameters().stream()
                .filter(p -> "query".equals(p.getIn()))
                .toList();
        for (var field : fields) {
            form.addProperty(field.getName(), field.getSchema());
            if (Boolean.TRUE.equals(field.getRequired())) {
                form.addRequiredItem(field.getName());
            }
        }
        op.getParameters().removeAll(fields);
    }

    /** The refusals every operation may answer, each as problem+json. */
    private static void addProblems(Operation op, String path, PathItem.HttpMethod method) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean anyone = path.startsWith("/api/v1/public/");
        // Records whose changes may name the version they read (If-Match).
        boolean versioned = path.matches(VERSIONED + "(/.*)?");
        boolean upload = op.getRequestBody() != null
                && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().keySet().stream()
                        .anyMatch(type -> type.startsWith("multipart/") || type.startsWith("text/csv"));
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(
                "400",
                "Bad input: `field` names the first field refused, `errors` every one where a whole document is checked.");
        if (!anyone) {
            problems.put("401", "Not authenticated (the answer carries WWW-Authenticate).");
            problems.put(
                    "403", "Authenticated but not allowed; type `csrf` when a session write lacks its X-XSRF-TOKEN.");
        }
        // Any id, in the path or in the body, may name something that does not exist or is not the caller's.
        problems.put("404", "Not found, or another organisation's: its existence is not disclosed.");
        // Writes, and reads of what a state must first produce (a certificate before it is issued).
        problems.put("409", "Not in this state: `currentState` says what it is in.");
        if (write && versioned) {
            problems.put(
                    "412",
                    "If-Match named a version the record is no longer at; the answer's ETag is the current one.");
        }
        if (upload) {
            problems.put("413", "The file is larger than this upload accepts.");
        }
        if (path.equals("/api/v1/telemetry") || path.startsWith("/api/v1/forwarding/")) {
            problems.put(
                    "413", "More readings than one request may carry (rantai.monitoring.ingest.max-batch-readings).");
            problems.put("503", "The store cannot take readings now; nothing was acknowledged, send them again.");
        }
        if (anyone) {
            problems.put("429", "Too many requests from this address; Retry-After says when to try again.");
        }
        problems.forEach((status, description) -> responses.computeIfAbsent(status, s -> problemResponse(description)));
        if (method == PathItem.HttpMethod.GET && path.matches(VERSIONED)) {
            responses.computeIfAbsent(
                    "304", s -> new ApiResponse().description("Not modified: If-None-Match named the current ETag."));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema());
        error.addProperty("message", new StringSchema());
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details, in the reader's language.")
                .addProperty(
                        "type", new StringSchema().format("uri").example("https://rantai.id/problems/invalid-input"))
                .addProperty("title", new StringSchema().example("Masukan tidak valid"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("email bukan alamat e-mail yang valid"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field refused, as a JSON path: legalBasis.number, scores[2].essay.")
                                .example("email"))
                .addProperty("currentState", new StringSchema().description("With 409: the state the thing is in."))
                .addProperty(
                        "blockers",
                        new ArraySchema()
                                .items(new StringSchema())
                                .description("With 409: what stands in the way, where there is a list of it."))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(error)
                                .description("Every field refused, where a whole document was checked."));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
