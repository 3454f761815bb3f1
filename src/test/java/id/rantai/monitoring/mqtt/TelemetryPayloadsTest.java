package id.rantai.monitoring.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.rantai.eseal.SealCredential;
import id.rantai.monitoring.MonitoringSettings;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.ingest.Refusals;
import id.rantai.monitoring.rules.TripMonitors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An MQTT telemetry message as Rantai reads it: one reading or the batch format, refusals counted. */
class TelemetryPayloadsTest {
    static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    final SealCredential seal = new SealCredential(
            UUID.randomUUID(), "ES-0001", UUID.randomUUID(), "hash", Instant.parse("2026-11-01T00:00:00Z"));
    final Refusals refusals = mock(Refusals.class);
    TelemetryPayloads payloads;

    @BeforeEach
    void setUp() {
        TripMonitors monitors = mock(TripMonitors.class);
        when(monitors.settingsForSeal(any())).thenReturn(MonitoringSettings.defaults());
        payloads = new TelemetryPayloads(
                JsonMapper.builder().build(), monitors, refusals, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    TelemetryPayloads.Parsed read(String payload) {
        return payloads.readings(payload.getBytes(StandardCharsets.UTF_8), seal);
    }

    @Test
    void oneReadingObjectIsOneReading() {
        var p = read("""
                {"deviceTime":"2026-12-04T02:59:00Z","latitude":-6.95,"longitude":110.42,"speedKmh":42.5,
                 "battery":81,"lockState":"LOCKED","events":["TAMPER"],"sequence":17}""");
        assertThat(p.refused()).isZero();
        assertThat(p.readings()).singleElement().satisfies(r -> {
            assertThat(r.sealId()).isEqualTo(seal.sealId());
            assertThat(r.deviceTime()).isEqualTo(Instant.parse("2026-12-04T02:59:00Z"));
            assertThat(r.speedKmh()).isEqualTo(42.5);
            assertThat(r.batteryPercent()).isEqualTo(81);
            assertThat(r.has(SealEvent.TAMPER)).isTrue();
            assertThat(r.sequence()).isEqualTo(17);
        });
    }

    @Test
    void aBatchKeepsItsGoodReadingsAndCountsTheRefusedOnes() {
        var p = read("""
                {"readings":[
                  {"deviceTime":"2026-12-04T02:58:00Z","latitude":-6.95,"longitude":110.42},
                  {"deviceTime":"2026-12-04T02:58:30Z","latitude":95,"longitude":110.42},
                  {"deviceTime":"2026-12-04T02:59:00Z","latitude":-6.96,"longitude":110.43,"sequence":12345678901234567890123}]}""");
        assertThat(p.readings()).hasSize(1);
        assertThat(p.refused()).isEqualTo(2);
        verify(refusals, times(2)).refused(eq("mqtt"), eq(seal.sealId()), any());
    }

    @Test
    void aReadingWithAClockThatCannotBeRightIsKeptAtItsReceiveTime() {
        var p = read("{\"deviceTime\":\"2000-01-01T00:00:00Z\",\"latitude\":-6.95,\"longitude\":110.42}");
        assertThat(p.refused()).isZero();
        assertThat(p.readings()).singleElement().satisfies(r -> {
            assertThat(r.receivedAt()).isEqualTo(NOW);
            assertThat(r.deviceTime()).isNotEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        });
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedWhole() {
        var p = read("lat=-6.95");
        assertThat(p.readings()).isEmpty();
        assertThat(p.refused()).isEqualTo(1);
        verify(refusals).refused(eq("mqtt"), eq(seal.sealId()), any());
    }
}
