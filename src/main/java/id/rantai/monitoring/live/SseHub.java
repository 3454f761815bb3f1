package id.rantai.monitoring.live;

import id.rantai.eseal.TripParties;
import id.rantai.identity.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans live events out to Server-Sent Events subscribers, each seeing only what their organisation
 * may see. Publishing never blocks and never waits for a subscriber: each subscriber has its own
 * bounded queue, drained by a sender of its own, so one that reads slowly (or not at all) delays
 * nobody else. What a slow subscriber loses is bounded too: a seal's position waiting to be sent is
 * replaced by the seal's newer one; alerts, trip changes, norm breaches and disruptions are never
 * dropped — a subscriber with {@code rantai.monitoring.live.max-pending} of them unsent is
 * disconnected instead (its browser reconnects and reloads the picture). Only a position newer than
 * the last one published for its seal goes out at all, so a backlog arriving late never makes a
 * marker jump back on a map.
 */
@Component
public class SseHub implements LiveFeed, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SseHub.class);

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Map<UUID, Instant> lastPosition = new ConcurrentHashMap<>();
    private final AtomicInteger senderThreads = new AtomicInteger();
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "live-sender-" + senderThreads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final int maxPending;
    private final Counter dropped;
    private final Counter disconnected;
    private volatile boolean running;

    SseHub(@Value("${rantai.monitoring.live.max-pending:1000}") int maxPending, MeterRegistry meters) {
        this.maxPending = maxPending;
        this.dropped = Counter.builder("rantai.live.superseded")
                .description("Positions replaced by a newer one before a slow subscriber got them")
                .register(meters);
        this.disconnected = Counter.builder("rantai.live.disconnected")
                .description("Subscribers let go because they could not keep up with alerts")
                .register(meters);
        Gauge.builder("rantai.live.subscribers", subscribers, List::size)
                .description("Live stream subscribers")
                .register(meters);
    }

    @Override
    public void publish(LiveEvent event) {
        if (subscribers.isEmpty()) {
            return;
        }
        if (event.isPosition() && !newest(event)) {
            return;
        }
        for (Subscriber s : subscribers) {
            if (s.mayView(event)) {
                s.offer(event);
            }
        }
    }

    /** True if the position is newer than the last one published for its seal (and now is the last). */
    private boolean newest(LiveEvent position) {
        boolean[] newer = {false};
        lastPosition.compute(position.sealId(), (seal, last) -> {
            if (last == null || position.deviceTime().isAfter(last)) {
                newer[0] = true;
                return position.deviceTime();
            }
            return last;
        });
        return newer[0];
    }

    public SseEmitter subscribe(Actor viewer) {
        SseEmitter emitter = new SseEmitter(0L);
        register(viewer, emitter);
        return emitter;
    }

    /** Adds a subscriber on an emitter the caller made (a test's, or {@link #subscribe}'s). */
    void register(Actor viewer, SseEmitter emitter) {
        Subscriber s = new Subscriber(viewer, emitter);
        subscribers.add(s);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        s.offer(new LiveEvent("hello", Map.of("subscribed", true), new TripParties(null, null, null)));
    }

    /** Whether anyone is watching here: a cluster need not even read what other instances broadcast. */
    public boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** One viewer's queue and its sender; at most one sender runs per subscriber at a time. */
    private final class Subscriber {
        private final Actor viewer;
        private final SseEmitter emitter;
        private final ArrayDeque<LiveEvent> events = new ArrayDeque<>();
        private final LinkedHashMap<UUID, LiveEvent> positions = new LinkedHashMap<>();
        private boolean sending;
        private boolean gone;

        Subscriber(Actor viewer, SseEmitter emitter) {
            this.viewer = viewer;
            this.emitter = emitter;
        }

        boolean mayView(LiveEvent e) {
            return e.parties().visibleTo(viewer);
        }

        void offer(LiveEvent e) {
            synchronized (this) {
                if (gone) {
                    return;
                }
                if (e.isPosition()) {
                    if (positions.remove(e.sealId()) != null) {
                        dropped.increment();
                    }
                    positions.put(e.sealId(), e);
                } else if (events.size() >= maxPending) {
                    gone = true;
                } else {
                    events.add(e);
                }
                if (sending || gone) {
                    if (gone) {
                        letGo();
                    }
                    return;
                }
                sending = true;
            }
            senders.execute(this::drain);
        }

        private void drain() {
            while (true) {
                List<LiveEvent> next = new ArrayList<>();
                synchronized (this) {
                    if (gone || (events.isEmpty() && positions.isEmpty())) {
                        sending = false;
                        return;
                    }
                    next.addAll(events);
                    events.clear();
                    next.addAll(positions.values());
                    positions.clear();
                }
                // What gathered while the last round was being written goes out in one write and one
                // flush: at thousands of positions a second, a flush per event would cost a core.
                Set<ResponseBodyEmitter.DataWithMediaType> round = new LinkedHashSet<>();
                for (LiveEvent e : next) {
                    round.addAll(
                            SseEmitter.event().name(e.name()).data(e.data()).build());
                }
                try {
                    emitter.send(round);
                } catch (IOException | IllegalStateException ex) {
                    synchronized (this) {
                        gone = true;
                        sending = false;
                    }
                    subscribers.remove(this);
                    return;
                }
            }
        }

        /** Called with the lock held: the subscriber fell too far behind with events that must not be dropped. */
        private void letGo() {
            events.clear();
            positions.clear();
            subscribers.remove(this);
            disconnected.increment();
            log.info("Live subscriber {} let go: {} events unsent", viewer.username(), maxPending);
            // Completing waits for a send in progress, which may be stuck on this very subscriber:
            // done by a sender, never by the publisher.
            senders.execute(() -> {
                try {
                    emitter.complete();
                } catch (RuntimeException ignored) {
                    // the connection is already broken; there is nothing left to close
                }
            });
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter.complete());
        subscribers.clear();
        // The senders' threads end on their own when idle; a stopped context may be started again.
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
