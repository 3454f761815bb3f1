package id.rantai.monitoring.live;

import id.rantai.identity.Actor;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans live events out to Server-Sent Events subscribers, each seeing only what their
 * organisation may see. Publishing never blocks ingest: events go through a bounded queue to a
 * dispatcher thread; when subscribers cannot keep up, positions are dropped (the next one
 * supersedes them) but alerts, trip changes, norm breaches and disruptions never are.
 */
@Component
public class SseHub implements LiveFeed, SmartLifecycle {
    private record Subscriber(Actor viewer, SseEmitter emitter) {
    }

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(100_000);
    private volatile boolean running;
    private Thread dispatcher;

    @Override
    public void publish(LiveEvent event) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (!queue.offer(event) && !event.name().equals("position")) {
            try {
                queue.put(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public SseEmitter subscribe(Actor viewer) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber s = new Subscriber(viewer, emitter);
        subscribers.add(s);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        try {
            emitter.send(SseEmitter.event().name("hello").data("{\"subscribed\":true}"));
        } catch (IOException e) {
            subscribers.remove(s);
        }
        return emitter;
    }

    private void dispatch() {
        while (running) {
            try {
                LiveEvent e = queue.poll(200, TimeUnit.MILLISECONDS);
                if (e == null) {
                    continue;
                }
                for (Subscriber s : subscribers) {
                    Actor v = s.viewer();
                    if (v.isAdmin() || v.belongsTo(e.customsOfficeId()) || v.belongsTo(e.providerId())
                            || v.belongsTo(e.requesterId())) {
                        try {
                            s.emitter().send(SseEmitter.event().name(e.name()).data(e.data()));
                        } catch (IOException | IllegalStateException ex) {
                            subscribers.remove(s);
                        }
                    }
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        dispatcher = new Thread(this::dispatch, "live-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
