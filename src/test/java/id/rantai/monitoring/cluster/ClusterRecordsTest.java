package id.rantai.monitoring.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.eseal.TripParties;
import id.rantai.eseal.TripState;
import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.UnlockMethod;
import id.rantai.monitoring.live.LiveEvent;
import id.rantai.monitoring.rules.MonitorInstruction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What instances exchange through Kafka comes back exactly as it went in, on the partition Kafka would choose. */
class ClusterRecordsTest {
    private final ClusterMessages messages =
            new ClusterMessages(JsonMapper.builder().build());

    @Test
    void aReadingKeepsEveryFieldIncludingUnknownValuesAndNulls() {
        UUID seal = UUID.randomUUID();
        Instant t = Instant.parse("2026-12-04T03:00:00.123456789Z");
        Reading full = new Reading(
                seal,
                t,
                t.plusMillis(250),
                42,
                -6.9460123,
                110.4250456,
                12.5,
                8,
                true,
                18.5,
                250,
                90,
                LockState.UNLOCKED,
                0b101,
                UnlockMethod.RFID,
                "CARD-1",
                Instant.parse("2000-01-01T00:00:00Z"));
        Reading sparse = new Reading(
                seal,
                t,
                t,
                -1,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                false,
                Double.NaN,
                Double.NaN,
                -1,
                LockState.UNKNOWN,
                0,
                null,
                null,
                null);
        assertThat(ReadingCodec.decode(ReadingCodec.encode(full))).isEqualTo(full);
        assertThat(ReadingCodec.decode(ReadingCodec.encode(sparse))).isEqualTo(sparse);
    }

    @Test
    void aRecordOfAnUnknownLayoutIsRefusedNotMisread() {
        byte[] record = ReadingCodec.encode(new Reading(
                UUID.randomUUID(),
                Instant.now(),
                Instant.now(),
                1,
                0,
                0,
                0,
                0,
                true,
                0,
                0,
                50,
                LockState.LOCKED,
                0,
                null,
                null,
                null));
        record[0] = 9;
        assertThatThrownBy(() -> ReadingCodec.decode(record)).hasMessageContaining("layout 9");
    }

    /** Tools that read the topic (and Kafka's own partitioner) agree with Rantai on a seal's partition. */
    @Test
    void aSealsPartitionIsTheOneKafkaChoosesForItsKey() {
        for (int i = 0; i < 1000; i++) {
            UUID seal = UUID.randomUUID();
            byte[] key = seal.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(SealPartitions.partitionOf(seal, 24)).isEqualTo(BuiltInPartitioner.partitionForKey(key, 24));
        }
    }

    @Test
    void instructionsAndLiveEventsComeBackAsSent() {
        UUID trip = UUID.randomUUID();
        MonitorInstruction moved = new MonitorInstruction.TripMoved(trip, TripState.ARRIVED);
        MonitorInstruction expected = new MonitorInstruction.UnlockExpected(
                trip, UUID.randomUUID(), Instant.parse("2026-12-04T03:00:00Z"), Instant.parse("2026-12-04T03:02:00Z"));
        for (MonitorInstruction i : new MonitorInstruction[] {moved, expected}) {
            String kind = ClusterMessages.kindOf(i);
            assertThat(ClusterMessages.isInstruction(kind)).isTrue();
            assertThat(messages.instruction(kind, messages.instruction(i))).isEqualTo(i);
        }
        UUID seal = UUID.randomUUID();
        TripParties parties = new TripParties(UUID.randomUUID(), UUID.randomUUID(), null);
        LiveEvent position = LiveEvent.position(
                seal,
                Instant.parse("2026-12-04T03:00:00Z"),
                Map.of("tripId", trip.toString(), "speedKmh", 18.5),
                parties);
        LiveEvent back = messages.live(messages.live(position));
        assertThat(back.name()).isEqualTo("position");
        assertThat(back.parties()).isEqualTo(parties);
        assertThat(back.sealId()).isEqualTo(seal);
        assertThat(back.deviceTime()).isEqualTo(position.deviceTime());
        assertThat(back.data().toString()).contains(trip.toString(), "18.5");
        LiveEvent alert =
                messages.live(messages.live(new LiveEvent("alert", Map.of("type", "SEAL_TAMPERED"), parties)));
        assertThat(alert.isPosition()).isFalse();
        assertThat(alert.data().toString()).contains("SEAL_TAMPERED");
    }
}
