package id.rantai.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;

/**
 * Collects every application event published in the context, from any thread (the request threads
 * included, which Spring's own {@code ApplicationEvents} does not see).
 */
public class PublishedEvents {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getPackageName().startsWith("id.rantai")) {
            events.add(event);
        }
    }

    public <T> Stream<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }
}
