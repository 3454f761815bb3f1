package id.rantai.monitoring.jt701;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The worked examples of shared/protocols/jt701.md, the text frames, and a property-based fuzz test. */
class Jt701ProtocolTest {
    static final String LONG =
            "24123456789019100027201126081530060627001065293805455A000004D2090000000000A0571234567814000000002A";
    static final String SHORT = "241234567890100036201126081530060627001065293805455A09500000100000000014"
            + "201126081600060660001065340005302D0950000010000000001407";

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void longFormatWorkedExample() {
        byte[] f = hex(LONG);
        assertThat(Jt701Protocol.binaryFrameLength(f, f.length)).isEqualTo(f.length);
        Jt701Frame frame = Jt701Protocol.decodeBinary(f);
        assertThat(frame.deviceId()).isEqualTo("1234567890");
        assertThat(frame.protocolVersion()).isEqualTo(0x19);
        assertThat(frame.index()).isEqualTo(42);
        assertThat(frame.records()).hasSize(1);
        Jt701Record r = frame.records().get(0);
        assertThat(r.time()).isEqualTo(Instant.parse("2026-11-20T08:15:30Z"));
        assertThat(r.fixValid()).isTrue();
        assertThat(r.latitude()).isCloseTo(-6.1045, within(1e-9));
        assertThat(r.longitude()).isCloseTo(106.8823, within(1e-9));
        assertThat(r.speedKmh()).isEqualTo(45);
        assertThat(r.course()).isEqualTo(180);
        assertThat(r.satellites()).isEqualTo(9);
        assertThat(r.status()).isEqualTo(0x00A0);
        assertThat(r.has(Jt701Record.STATUS_LOCKED)).isTrue();
        assertThat(r.has(Jt701Record.STATUS_CABLE_CUT)).isFalse();
        assertThat(r.battery()).isEqualTo(87);
        assertThat(frame.reply()).isEqualTo("(P69,0,42)");
    }

    @Test
    void theTestEncoderProducesTheWorkedExample() {
        assertThat(HexFormat.of()
                        .withUpperCase()
                        .formatHex(id.rantai.support.Jt701Frames.longFrame(
                                "1234567890",
                                Instant.parse("2026-11-20T08:15:30Z"),
                                -6.1045,
                                106.8823,
                                45,
                                0x00A0,
                                87,
                                42)))
                .isEqualTo(LONG);
    }

    @Test
    void shortFormatWorkedExampleWithTwoBufferedFixes() {
        byte[] f = hex(SHORT);
        assertThat(Jt701Protocol.binaryFrameLength(f, f.length)).isEqualTo(f.length);
        Jt701Frame frame = Jt701Protocol.decodeBinary(f);
        assertThat(frame.protocolVersion()).isEqualTo(-1);
        assertThat(frame.index()).isEqualTo(7);
        assertThat(frame.records()).hasSize(2);
        assertThat(frame.records().get(0).time()).isEqualTo(Instant.parse("2026-11-20T08:15:30Z"));
        assertThat(frame.records().get(1).time()).isEqualTo(Instant.parse("2026-11-20T08:16:00Z"));
        assertThat(frame.records().get(1).latitude()).isCloseTo(-6.11, within(1e-9));
        assertThat(frame.records().get(1).longitude()).isCloseTo(106.89, within(1e-9));
        assertThat(frame.records()).allSatisfy(r -> assertThat(r.altitude()).isEqualTo(16));
        assertThat(frame.reply()).isNull();
    }

    @Test
    void olderProtocolsAreAnsweredWithP35AndCableCutIsDecoded() {
        byte[] f = hex(LONG.replaceFirst("^24123456789019", "24123456789017").replace("00A057", "08A857"));
        Jt701Frame frame = Jt701Protocol.decodeBinary(f);
        assertThat(frame.reply()).isEqualTo("(P35)");
        Jt701Record r = frame.records().get(0);
        assertThat(r.has(Jt701Record.STATUS_CABLE_CUT)).isTrue();
        assertThat(r.has(Jt701Record.STATUS_LOW_BATTERY)).isTrue();
    }

    @Test
    void p45LockEventWithEscapesAndCard() {
        String text = "(1234567890,P45,201126,081530,-6.1045,S,106.8823,E,A,0,0,4,1,0012345678,1,0,9)"
                .replace("-6.1045", "6.1045");
        Jt701Frame frame = Jt701Protocol.decodeText(text.getBytes(StandardCharsets.US_ASCII));
        Jt701Record r = frame.records().get(0);
        assertThat(r.latitude()).isCloseTo(-6.1045, within(1e-9));
        assertThat(r.card()).isEqualTo("0012345678");
        assertThat(r.eventSource()).isEqualTo("4");
        assertThat(r.lockEvent()).isTrue();
        assertThat(frame.reply()).isEqualTo("(P69,0,9)");
        byte[] escaped = "(1234567890,P45,201126,081530,6.1045,S,106.8823,E,A,0,0,4,1,0000000000,1,0,10)"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(Jt701Protocol.decodeText(escaped).records().get(0).card()).isNull();
        assertThat(Jt701Protocol.unescape(new byte[] {'(', 'a', 0x3D, 0x15, 0x3D, 0x14, 0x3D, 0x11, 0x3D, 0x00, ')'}))
                .isEqualTo("a(),=");
    }

    @Test
    void otherTextFramesAreIgnoredNotFatal() {
        assertThat(Jt701Protocol.decodeText("(1234567890,W01,whatever)".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThatThrownBy(
                        () -> Jt701Protocol.decodeText("(1234567890,P45,garbage)".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Jt701Exception.class);
    }

    @Test
    void malformedFramesAreRefused() {
        assertThatThrownBy(() -> Jt701Protocol.decodeBinary(hex(LONG.replace("201126", "991326"))))
                .isInstanceOf(Jt701Exception.class);
        assertThatThrownBy(() -> Jt701Protocol.decodeBinary(hex(LONG.replace("06062700", "0A062700"))))
                .isInstanceOf(Jt701Exception.class);
        assertThatThrownBy(() -> Jt701Protocol.decodeBinary(hex("2412345678901910000A00000000000000")))
                .isInstanceOf(Jt701Exception.class);
    }

    /**
     * Property: whatever bytes arrive — random, or a valid frame with bytes flipped, cut short or
     * lengthened — decoding either succeeds or throws Jt701Exception; never anything else, never a
     * read past the frame. Deterministic seeds keep CI repeatable; the count bounds its time.
     */
    @Test
    void decoderSurvivesGarbageAndMutations() {
        Random random = new Random(701);
        byte[][] seeds = {hex(LONG), hex(SHORT)};
        int decoded = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] f;
            switch (i % 4) {
                case 0 -> {
                    f = new byte[random.nextInt(120)];
                    random.nextBytes(f);
                    if (f.length > 0) {
                        f[0] = 0x24;
                    }
                }
                case 1 -> {
                    f = seeds[random.nextInt(2)].clone();
                    for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                        f[random.nextInt(f.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> {
                    byte[] s = seeds[random.nextInt(2)];
                    f = java.util.Arrays.copyOf(s, random.nextInt(s.length + 20));
                }
                default -> {
                    f = new byte[2 + random.nextInt(80)];
                    for (int k = 0; k < f.length; k++) {
                        f[k] = (byte) ",()=P45AV0123456789NSEW".charAt(random.nextInt(23));
                    }
                    f[0] = '(';
                    f[f.length - 1] = ')';
                }
            }
            try {
                if (f.length > 0 && f[0] == '(') {
                    Jt701Protocol.decodeText(f);
                } else {
                    Jt701Protocol.binaryFrameLength(f, f.length);
                    Jt701Protocol.decodeBinary(f);
                }
                decoded++;
            } catch (Jt701Exception expected) {
                // refused cleanly
            }
        }
        assertThat(decoded).as("some mutations still decode").isPositive();
    }
}
