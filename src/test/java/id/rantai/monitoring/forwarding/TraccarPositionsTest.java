package id.rantai.monitoring.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.SealEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Traccar's JSON position forwarding ({@code forward.type=json}) as Rantai reads it. */
class TraccarPositionsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    static final UUID SEAL = UUID.randomUUID();

    /** What a Traccar server forwards for one position of a device: the position, then the device. */
    static final String FORWARDED = """
            {"position":{"id":1021,"deviceId":7,"protocol":"jt701","serverTime":"2026-12-04T02:59:05.000+00:00",
              "deviceTime":"2026-12-04T02:58:59.000+00:00","fixTime":"2026-12-04T02:59:00.000+00:00","outdated":false,
              "valid":true,"latitude":-6.9462,"longitude":110.4251,"altitude":4.0,"speed":10.0,"course":271.0,
              "accuracy":6.0,"attributes":{"batteryLevel":83,"lock":true,"alarm":"tampering","motion":true}},
             "device":{"id":7,"name":"Segel ES-0001","uniqueId":"ES-0001","status":"online"}}""";

    static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    @Test
    void readsAForwardedPositionWithItsBatteryLockAndAlarm() {
        JsonNode body = json(FORWARDED);
        assertThat(TraccarPositions.uniqueId(body)).isEqualTo("ES-0001");
        var d = TraccarPositions.decode(body, SEAL, NOW);
        assertThat(d.rejection()).isNull();
        var r = d.reading();
        assertThat(r.deviceTime())
                .as("the fix time, not the device's")
                .isEqualTo(Instant.parse("2026-12-04T02:59:00Z"));
        assertThat(r.latitude()).isEqualTo(-6.9462);
        assertThat(r.longitude()).isEqualTo(110.4251);
        assertThat(r.speedKmh()).as("10 knots").isCloseTo(18.52, within(1e-9));
        assertThat(r.heading()).isEqualTo(271.0);
        assertThat(r.accuracy()).isEqualTo(6.0);
        assertThat(r.batteryPercent()).isEqualTo(83);
        assertThat(r.lockState()).isEqualTo(LockState.LOCKED);
        assertThat(r.has(SealEvent.TAMPER)).isTrue();
        assertThat(r.fixValid()).isTrue();
    }

    @Test
    void whatTraccarDoesNotKnowStaysUnknown() {
        var d = TraccarPositions.decode(json("""
                        {"position":{"fixTime":"2026-12-04T02:59:00.000+0000","latitude":-6.9,"longitude":110.4,
                          "valid":false,"attributes":{"batteryLevel":140}},"device":{"uniqueId":"ES-0001"}}"""), SEAL, NOW);
        assertThat(d.rejection()).isNull();
        assertThat(d.reading().deviceTime())
                .as("+0000 as Traccar writes it")
                .isEqualTo(Instant.parse("2026-12-04T02:59:00Z"));
        assertThat(d.reading().speedKmh()).isNaN();
        assertThat(d.reading().lockState()).isEqualTo(LockState.UNKNOWN);
        assertThat(d.reading().batteryPercent())
                .as("a level above 100 is no level")
                .isEqualTo(-1);
        assertThat(d.reading().fixValid()).isFalse();
        assertThat(d.reading().events()).isZero();
        assertThat(TraccarPositions.uniqueId(json("{\"device\":{}}"))).isNull();
    }

    @Test
    void refusesWhatCannotBeAPositionNamingTheField() {
        assertThat(TraccarPositions.decode(json("{\"device\":{\"uniqueId\":\"ES-0001\"}}"), SEAL, NOW)
                        .rejection()
                        .field())
                .isEqualTo("position");
        assertThat(TraccarPositions.decode(
                                json(FORWARDED.replace("2026-12-04T02:59:00.000+00:00", "yesterday")), SEAL, NOW)
                        .rejection()
                        .field())
                .isEqualTo("position.fixTime");
        assertThat(TraccarPositions.decode(json(FORWARDED.replace("-6.9462", "-96.1")), SEAL, NOW)
                        .rejection()
                        .field())
                .isEqualTo("position.latitude");
    }
}
