package id.rantai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an integrator does first: generate a Java client from the served document with the OpenAPI
 * Generator (its "native" library: java.net.http and Jackson), compile it and call Rantai with it.
 * A schema the generator cannot read, a clash of names or a body it cannot type fails here, not
 * at the integrator's desk.
 */
@ApiTest
class GeneratedClientTest {
    static final Path WORK = Path.of("target", "generated-client");
    static final Path GENERATOR = Path.of("target", "tools", "openapi-generator-cli.jar");

    @LocalServerPort
    int port;

    @Test
    void aJavaClientGeneratedFromTheDocumentCompilesWithAMethodPerOperation() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path document = WORK.resolve("openapi.json");
        Files.writeString(
                document, new Api(port).anonymous("/v3/api-docs").expect(200).text());

        Path sources = WORK.resolve("java");
        Process generator = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        GENERATOR.toString(),
                        "generate",
                        "-i",
                        document.toString(),
                        "-g",
                        "java",
                        "--library",
                        "native",
                        "-o",
                        sources.toString(),
                        "--api-package",
                        "id.rantai.client.api",
                        "--model-package",
                        "id.rantai.client.model",
                        "--invoker-package",
                        "id.rantai.client",
                        "--additional-properties",
                        // supportUrlQuery off: the generator's query-string helper cannot render sets of enums.
                        "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,"
                                + "annotationLibrary=none,useBeanValidation=false,supportUrlQuery=false")
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("generator.log").toFile())
                .start();
        assertThat(generator.waitFor(5, TimeUnit.MINUTES))
                .as("the generator finishes")
                .isTrue();
        assertThat(generator.exitValue())
                .as("generator exit; its log:\n%s", Files.readString(WORK.resolve("generator.log")))
                .isZero();

        List<File> files;
        try (Stream<Path> walk = Files.walk(sources.resolve("src/main/java"))) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .toList();
        }
        Path classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            compiled = javac.getTask(
                            out,
                            fm,
                            diagnostics,
                            List.of(
                                    "-d",
                                    classes.toString(),
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    "-proc:none",
                                    "-nowarn"),
                            null,
                            fm.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        assertThat(compiled)
                .as("the generated client compiles:\n%s", errors(diagnostics))
                .isTrue();

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(methodsOf(loader, "id.rantai.client.api.EsealApi"))
                    .contains("tripRequest", "tripApprove", "tripGet", "sealRegister");
            assertThat(methodsOf(loader, "id.rantai.client.api.WebhookApi"))
                    .contains("webhookRegister", "webhookDeliveries", "webhookRetry");
            assertThat(methodsOf(loader, "id.rantai.client.api.CertificationApi"))
                    .isNotEmpty();

            // And it speaks to Rantai: the administrator asks who they are through the generated call.
            Class<?> clientType = loader.loadClass("id.rantai.client.ApiClient");
            Object client = clientType.getConstructor().newInstance();
            clientType.getMethod("updateBaseUri", String.class).invoke(client, "http://localhost:" + port);
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString("admin:admin-password-for-tests".getBytes(StandardCharsets.UTF_8));
            Consumer<HttpRequest.Builder> signIn = b -> b.header("Authorization", basic);
            clientType.getMethod("setRequestInterceptor", Consumer.class).invoke(client, signIn);
            Class<?> identity = loader.loadClass("id.rantai.client.api.IdentityApi");
            Object api = identity.getConstructor(clientType).newInstance(client);
            Object me = identity.getMethod("userMe").invoke(api);
            assertThat(me.getClass().getMethod("getUsername").invoke(me)).isEqualTo("admin");
        }
    }

    private static List<String> methodsOf(ClassLoader loader, String type) throws ClassNotFoundException {
        return Arrays.stream(loader.loadClass(type).getMethods())
                .map(Method::getName)
                .toList();
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .limit(40)
                .forEach(d -> lines.add(d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(null)));
        return String.join("\n", lines);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
