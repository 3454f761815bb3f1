package id.rantai.support;

import id.rantai.RantaiApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rantai as a process of its own, started from the test's class path, so that a test can kill it
 * with SIGKILL (no shutdown hook, no flush) as an operating system or a power cut would.
 */
public final class RantaiProcess implements AutoCloseable {
    public final int http;
    private final Process process;
    private final Path log;

    private RantaiProcess(int http, Process process, Path log) {
        this.http = http;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts Rantai on the given data directory and waits until it reports healthy.
     *
     * @param args further {@code --key=value} arguments
     */
    public static RantaiProcess start(Path dir, int http, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                RantaiApplication.class.getName(),
                "--rantai.data-dir=" + dir,
                "--server.port=" + http,
                "--rantai.identity.admin-password=admin-password-for-tests",
                "--logging.level.root=WARN"));
        command.addAll(args);
        Path log = dir.resolve("rantai-" + http + "-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new RantaiProcess(http, p, log);
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("Rantai exited while starting; see " + log);
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new IllegalStateException("Rantai did not start within 90 s; see " + log);
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The process itself (the kill test kills it while a device is still connected). */
    public Process process() {
        return process;
    }

    public File log() {
        return log.toFile();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
