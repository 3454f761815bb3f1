package id.rantai.monitoring.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.eseal.TripParties;
import id.rantai.identity.Actor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Role;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live fan-out on its own: a subscriber that never reads holds up nobody, and loses only what may be lost. */
class SseHubTest {
    static final UUID OFFICE = UUID.randomUUID(), PROVIDER = UUID.randomUUID(), REQUESTER = UUID.randomUUID();
    static final TripParties PARTIES = new TripParties(OFFICE, PROVIDER, REQUESTER);
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    final SseHub hub = new SseHub(50, new SimpleMeterRegistry());
    final Actor officer = new Actor(
            UUID.randomUUID(), "officer", OFFICE, OrganisationKind.CUSTOMS_OFFICE, Set.of(Role.CUSTOMS_OFFICER));

    /** Records the data of each event it is sent. */
    static final class Recording extends SseEmitter {
        final List<String> sent = new CopyOnWriteArrayList<>();

        /** The hub writes each round of events at once; each event ends with a blank line. */
        @Override
        public void send(Set<DataWithMediaType> round) {
            StringBuilder s = new StringBuilder();
            round.forEach(part -> s.append(part.getData()));
            for (String event : s.toString().split("\n\n")) {
                if (!event.isBlank()) {
                    sent.add(event.substring(event.indexOf("data:") + 5).strip());
                }
            }
        }
    }

    /** A browser on a dead connection: the first send never returns. */
    static final class Stuck extends SseEmitter {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        volatile boolean completed;

        @Override
        public void send(Set<DataWithMediaType> round) {
            entered.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void complete() {
            completed = true;
        }
    }

    static LiveEvent position(UUID seal, Instant at) {
        return LiveEvent.position(seal, at, "position " + seal + " " + at, PARTIES);
    }

    static LiveEvent alert(int n) {
        return new LiveEvent("alert", "alert " + n, PARTIES);
    }

    @Test
    void aSubscriberThatNeverReadsHoldsUpNeitherThePublisherNorTheOthers() throws Exception {
        Stuck stuck = new Stuck();
        Recording watching = new Recording();
        hub.register(officer, stuck);
        assertThat(stuck.entered.await(5, TimeUnit.SECONDS))
                .as("its sender is now blocked")
                .isTrue();
        hub.register(officer, watching);
        UUID seal = UUID.randomUUID();
        Thread publisher = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                hub.publish(position(seal, T0.plusSeconds(i)));
                if (i % 1000 == 0) {
                    hub.publish(alert(i / 1000));
                }
            }
        });
        publisher.start();
        publisher.join(10_000);
        assertThat(publisher.isAlive())
                .as("publishing never waits for a subscriber")
                .isFalse();

        waitFor(() -> watching.sent.contains("alert 19")
                && watching.sent.contains("position " + seal + " " + T0.plusSeconds(19_999)));
        for (int n = 0; n < 20; n++) {
            assertThat(watching.sent).as("no alert is dropped").contains("alert " + n);
        }
        // Twenty alerts fit in the stuck subscriber's queue of 50: it is still subscribed.
        assertThat(hub.subscriberCount()).isEqualTo(2);
        for (int n = 20; n < 60; n++) {
            hub.publish(alert(n));
        }
        waitFor(() -> stuck.completed);
        assertThat(hub.subscriberCount())
                .as("let go once alerts no longer fit, not left to hold them")
                .isEqualTo(1);
        waitFor(() -> watching.sent.contains("alert 59"));
        stuck.released.countDown();
    }

    @Test
    void aPositionOlderThanTheLastOnePublishedForItsSealIsNotSent() throws Exception {
        Recording watching = new Recording();
        hub.register(officer, watching);
        UUID seal = UUID.randomUUID();
        hub.publish(position(seal, T0.plusSeconds(60)));
        waitFor(() -> watching.sent.size() == 2);
        // A backlog arriving late: the marker must not jump back.
        hub.publish(position(seal, T0.plusSeconds(30)));
        hub.publish(position(seal, T0.plusSeconds(60)));
        hub.publish(alert(1));
        waitFor(() -> watching.sent.contains("alert 1"));
        assertThat(watching.sent)
                .containsExactly("{subscribed=true}", "position " + seal + " " + T0.plusSeconds(60), "alert 1");
    }

    @Test
    void eachViewerSeesOnlyWhatTheirOrganisationMay() throws Exception {
        Recording stranger = new Recording();
        hub.register(
                new Actor(
                        UUID.randomUUID(),
                        "stranger",
                        UUID.randomUUID(),
                        OrganisationKind.SERVICE_USER,
                        Set.of(Role.SERVICE_USER_STAFF)),
                stranger);
        Recording watching = new Recording();
        hub.register(officer, watching);
        waitFor(() -> stranger.sent.size() == 1 && watching.sent.size() == 1); // each greeted, by its own sender
        hub.publish(alert(7));
        waitFor(() -> watching.sent.contains("alert 7"));
        assertThat(stranger.sent).containsExactly("{subscribed=true}");
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
