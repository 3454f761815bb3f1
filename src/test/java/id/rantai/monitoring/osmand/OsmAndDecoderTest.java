package id.rantai.monitoring.osmand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rantai.monitoring.SealEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OsmAndDecoderTest {
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final UUID SEAL = UUID.randomUUID();

    @Test
    void decodesWhatTraccarClientSends() {
        var d = OsmAndDecoder.decode(
                Map.of(
                        "id",
                        "S1",
                        "timestamp",
                        "1795485540",
                        "lat",
                        "-6.946",
                        "lon",
                        "110.425",
                        "speed",
                        "10",
                        "bearing",
                        "270.5",
                        "altitude",
                        "4",
                        "accuracy",
                        "7.5",
                        "batt",
                        "88.4"),
                SEAL,
                NOW);
        assertThat(d.rejection()).isNull();
        var r = d.reading();
        assertThat(r.deviceTime()).isEqualTo(Instant.ofEpochSecond(1795485540));
        assertThat(r.speedKmh()).isCloseTo(18.52, within(1e-9));
        assertThat(r.heading()).isEqualTo(270.5);
        assertThat(r.batteryPercent()).isEqualTo(88);
        assertThat(r.fixValid()).isTrue();
        assertThat(r.sequence()).isEqualTo(-1);
    }

    @Test
    void acceptsMillisecondsIsoTimesHdopAndAlarms() {
        var d = OsmAndDecoder.decode(
                Map.of(
                        "timestamp",
                        "2026-11-24T08:59:00+07:00",
                        "lat",
                        "-6.9",
                        "lon",
                        "110.4",
                        "hdop",
                        "1.2",
                        "alarm",
                        "tampering",
                        "valid",
                        "false"),
                SEAL,
                NOW);
        assertThat(d.reading().deviceTime()).isEqualTo(Instant.parse("2026-11-24T01:59:00Z"));
        assertThat(d.reading().accuracy()).isCloseTo(6.0, within(1e-9));
        assertThat(d.reading().has(SealEvent.TAMPER)).isTrue();
        assertThat(d.reading().fixValid()).isFalse();
        var ms = OsmAndDecoder.decode(Map.of("timestamp", "1795485540000", "lat", "-6.9", "lon", "110.4"), SEAL, NOW);
        assertThat(ms.reading().deviceTime()).isEqualTo(Instant.ofEpochSecond(1795485540));
    }

    @Test
    void refusesBadFieldsByName() {
        assertThat(field(Map.of("lat", "95", "lon", "110"))).isEqualTo("latitude");
        assertThat(field(Map.of("lat", "-6.9", "lon", "east"))).isEqualTo("lon");
        assertThat(field(Map.of("lat", "-6.9"))).isEqualTo("longitude");
        assertThat(field(Map.of("timestamp", "soon", "lat", "-6.9", "lon", "110")))
                .isEqualTo("timestamp");
        assertThat(field(Map.of("lat", "-6.9", "lon", "110", "batt", "140"))).isEqualTo("batt");
        assertThat(field(Map.of("lat", "-6.9", "lon", "110", "events", "BOOM"))).isEqualTo("events");
    }

    private static String field(Map<String, String> p) {
        return OsmAndDecoder.decode(p, SEAL, NOW).rejection().field();
    }
}
