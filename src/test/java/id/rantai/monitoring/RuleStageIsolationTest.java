package id.rantai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import id.rantai.eseal.MonitoredTrips;
import id.rantai.monitoring.alert.AlertBook;
import id.rantai.monitoring.ingest.ReadingJournal;
import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.monitoring.rules.TripMonitors;
import id.rantai.support.Api;
import id.rantai.support.ApiTest;
import id.rantai.support.MutableClock;
import id.rantai.support.RulesSettled;
import id.rantai.support.SimulatedSeal;
import id.rantai.support.World;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Faults in the middle of one group commit of readings from many seals: a lock conflict on one
 * trip's departure (an officer acting at the same moment), an alert write that fails once. Every
 * other reading's alerts are still raised, the conflict is retried, and the alert that could not be
 * stored is not taken for open: it is raised at its next occurrence.
 */
@ApiTest
class RuleStageIsolationTest {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ReadingJournal journal;

    @Autowired
    RuleEngine rules;

    @Autowired
    TripMonitors monitors;

    @Autowired
    MeterRegistry meters;

    @MockitoSpyBean
    AlertBook alerts;

    @MockitoSpyBean
    MonitoredTrips trips;

    @Test
    void oneReadingsFailureSilencesNoOtherReadingAndNoLaterOccurrence() throws Exception {
        Api api = new Api(port);
        World w = new World(api);
        List<World.InstalledTrip> t = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            t.add(w.installedTrip("ISO-" + i + "-" + w.suffix, clock.instant()));
        }
        UUID departing = UUID.fromString(t.get(0).trip());
        UUID lowBattery = UUID.fromString(t.get(3).trip());
        doThrow(new OptimisticLockingFailureException("injected: trip changed concurrently"))
                .doCallRealMethod()
                .when(trips)
                .departed(eq(departing), any());
        doThrow(new DataAccessResourceFailureException("injected: alert store down"))
                .doCallRealMethod()
                .when(alerts)
                .raise(
                        argThat(trip -> trip != null && trip.tripId().equals(lowBattery)),
                        argThat(r -> r != null && r.type() == AlertType.LOW_BATTERY),
                        anyBoolean());

        List<double[]> path = SimulatedSeal.along(MonitoringScenarios.ROUTE, 150);
        Instant now = clock.instant();
        List<Reading> commit = new ArrayList<>();
        // Trip 0 leaves its origin (two fixes outside it); trips 1, 2, 4 and 5 report a cut cable;
        // trip 3's battery is low — all in one commit.
        commit.add(reading(t.get(0), now.plusSeconds(1), path.get(10), 90, 0));
        commit.add(reading(t.get(0), now.plusSeconds(2), path.get(11), 90, 0));
        for (int i : new int[] {1, 2, 4, 5}) {
            commit.add(reading(t.get(i), now.plusSeconds(1), path.get(0), 90, SealEvent.TAMPER.bit()));
        }
        commit.add(reading(t.get(3), now.plusSeconds(1), path.get(0), 10, 0));
        assertThat(journal.append(commit).get(10, TimeUnit.SECONDS)).hasSize(commit.size());
        RulesSettled.await(rules);

        assertThat((String) api.get(w.company, "/api/v1/trips/" + departing).json("$.state"))
                .as("the lock conflict was retried")
                .isEqualTo("IN_TRANSIT");
        for (int i : new int[] {1, 2, 4, 5}) {
            assertThat(types(api, w, t.get(i))).as("trip %d", i).containsExactly("SEAL_TAMPERED");
        }
        assertThat(types(api, w, t.get(3))).as("the write failed").isEmpty();
        assertThat(monitors.byTrip(lowBattery).orElseThrow().isOpen(AlertType.LOW_BATTERY))
                .as("not open while absent from the database")
                .isFalse();
        assertThat(meters.get("rantai.rules.failures")
                        .tag("stage", "alert")
                        .counter()
                        .count())
                .isEqualTo(1);

        // The next occurrence of the condition raises it, and now it is stored.
        journal.append(List.of(reading(t.get(3), now.plusSeconds(31), path.get(0), 9, 0)))
                .get(10, TimeUnit.SECONDS);
        RulesSettled.await(rules);
        assertThat(types(api, w, t.get(3))).containsExactly("LOW_BATTERY");
        assertThat(monitors.byTrip(lowBattery).orElseThrow().isOpen(AlertType.LOW_BATTERY))
                .isTrue();
        // Trip history has the departure at the device time of the reading that caused it.
        assertThat((List<String>) api.get(w.company, "/api/v1/trips/" + departing + "/history")
                        .json("$[?(@.to == 'IN_TRANSIT')].at"))
                .containsExactly(now.plusSeconds(2).toString());
        clock.advance(Duration.ofSeconds(31));
    }

    private static Reading reading(World.InstalledTrip trip, Instant at, double[] latLon, int battery, int events) {
        return new Reading(
                UUID.fromString(trip.sealId()),
                at,
                at,
                -1,
                latLon[0],
                latLon[1],
                Double.NaN,
                8,
                true,
                20,
                0,
                battery,
                LockState.LOCKED,
                events,
                null,
                null,
                null);
    }

    private static List<String> types(Api api, World w, World.InstalledTrip trip) {
        return api.get(w.officer, "/api/v1/alerts?tripId=" + trip.trip())
                .expect(200)
                .json("$[*].type");
    }
}
