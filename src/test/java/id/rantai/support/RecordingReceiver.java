package id.rantai.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP receiver standing in for another system in tests — customs' service system (SKP), an
 * organisation's webhook endpoint: it records every request and answers 200 with a reference, or
 * whatever statuses it was told to give next.
 */
public final class RecordingReceiver {
    /** One request as received. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> next = new ArrayDeque<>();
    private final AtomicInteger references = new AtomicInteger();

    private RecordingReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            synchronized (this) {
                received.add(new Received(
                        exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
                status = next.isEmpty() ? 200 : next.poll();
            }
            byte[] answer = (status == 200
                            ? "{\"reference\":\"SKP-" + references.incrementAndGet() + "\"}"
                            : "{\"error\":\"status " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static RecordingReceiver start() {
        return new RecordingReceiver();
    }

    public String url() {
        return url("/skp/events");
    }

    /** The receiver's address with the given path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The statuses to answer the next requests with, in order; 200 after that. */
    public synchronized void answerNext(Integer... statuses) {
        next.addAll(List.of(statuses));
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }
}
