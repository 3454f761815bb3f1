package id.rantai.monitoring.osmand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    /** The body Traccar Client 9 sends, as its documentation gives it (speed in m/s, battery 0–1). */
    static final String TRACCAR_CLIENT_JSON = """
            {"location":{"timestamp":"2026-11-24T01:59:00.000Z",
              "coords":{"latitude":-6.946,"longitude":110.425,"accuracy":12,"speed":10,"heading":271.5,"altitude":4},
              "is_moving":true,"odometer":1520,"event":"motionchange",
              "battery":{"level":0.57,"is_charging":false},"activity":{"type":"in_vehicle"},"extras":{}},
             "device_id":"ES-0001"}""";

    @Test
    void readsTheJsonTraccarClientSendsSinceVersionNine() {
        Map<String, String> p = TraccarClientJson.parameters(TRACCAR_CLIENT_JSON);
        assertThat(OsmAndDecoder.serial(p)).isEqualTo("ES-0001");
        var d = OsmAndDecoder.decode(p, SEAL, NOW);
        assertThat(d.rejection()).isNull();
        var r = d.reading();
        assertThat(r.deviceTime()).isEqualTo(Instant.parse("2026-11-24T01:59:00Z"));
        assertThat(r.latitude()).isEqualTo(-6.946);
        assertThat(r.longitude()).isEqualTo(110.425);
        assertThat(r.accuracy()).isEqualTo(12.0);
        assertThat(r.speedKmh()).as("10 m/s").isCloseTo(36.0, within(1e-9));
        assertThat(r.heading()).isEqualTo(271.5);
        assertThat(r.altitude()).isEqualTo(4.0);
        assertThat(r.batteryPercent()).as("0.57 of a full battery").isEqualTo(57);
        assertThat(r.fixValid()).isTrue();
        assertThat(r.events())
                .as("motionchange is the app's, not a seal's event")
                .isZero();
    }

    @Test
    void valuesTheAppDoesNotKnowAreLeftOutAndASealsEventsComeInExtras() {
        var d = OsmAndDecoder.decode(
                TraccarClientJson.parameters(TRACCAR_CLIENT_JSON
                        .replace("\"speed\":10", "\"speed\":-1")
                        .replace("\"heading\":271.5", "\"heading\":-1")
                        .replace("\"level\":0.57", "\"level\":-1")
                        .replace("\"extras\":{}", "\"extras\":{\"events\":[\"TAMPER\",\"OPENED\"]}")),
                SEAL,
                NOW);
        assertThat(d.rejection()).isNull();
        assertThat(d.reading().speedKmh()).isNaN();
        assertThat(d.reading().heading()).isNaN();
        assertThat(d.reading().batteryPercent()).isEqualTo(-1);
        assertThat(d.reading().has(SealEvent.TAMPER)).isTrue();
        assertThat(d.reading().has(SealEvent.OPENED)).isTrue();
    }

    @Test
    void aJsonBodyThatIsWrongIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> TraccarClientJson.parameters("{\"location\":"))
                .isInstanceOf(TraccarClientJson.NotTraccarClientJson.class);
        assertThatThrownBy(() -> TraccarClientJson.parameters("[1,2]"))
                .isInstanceOf(TraccarClientJson.NotTraccarClientJson.class);
        var text = OsmAndDecoder.decode(
                TraccarClientJson.parameters(TRACCAR_CLIENT_JSON.replace("-6.946", "\"south\"")), SEAL, NOW);
        assertThat(text.rejection().field()).isEqualTo("lat");
        var late = OsmAndDecoder.decode(
                TraccarClientJson.parameters(TRACCAR_CLIENT_JSON.replace("2026-11-24T01:59:00.000Z", "yesterday")),
                SEAL,
                NOW);
        assertThat(late.rejection().field()).isEqualTo("timestamp");
    }

    @Test
    void acceptsTheOtherSpellingsTraccarsOwnServerAccepts() {
        Map<String, String> p = Map.of(
                "deviceid",
                "ES-0002",
                "location",
                "-6.946,110.425",
                "timestamp",
                "2026-11-24 01:59:00",
                "heading",
                "90");
        assertThat(OsmAndDecoder.serial(p)).isEqualTo("ES-0002");
        var d = OsmAndDecoder.decode(p, SEAL, NOW);
        assertThat(d.rejection()).isNull();
        assertThat(d.reading().latitude()).isEqualTo(-6.946);
        assertThat(d.reading().longitude()).isEqualTo(110.425);
        assertThat(d.reading().deviceTime()).as("read in UTC").isEqualTo(Instant.parse("2026-11-24T01:59:00Z"));
        assertThat(d.reading().heading()).isEqualTo(90.0);
        assertThat(OsmAndDecoder.decode(Map.of("location", "-6.946"), SEAL, NOW)
                        .rejection()
                        .field())
                .isEqualTo("location");
        assertThat(OsmAndDecoder.decode(Map.of("location", "-6.9,110.4", "timestamp", "2026-02-30 01:00:00"), SEAL, NOW)
                        .rejection()
                        .field())
                .isEqualTo("timestamp");
    }
}
