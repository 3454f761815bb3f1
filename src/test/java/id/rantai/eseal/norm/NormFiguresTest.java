package id.rantai.eseal.norm;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.eseal.Norm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NormFiguresTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void complianceCountsDecidedDeadlinesOnlyAndAveragesActualDurations() {
        List<NormDeadline> ds = List.of(
                deadline(NormOutcome.MET, Duration.ofMinutes(3)),
                deadline(NormOutcome.MET, Duration.ofMinutes(5)),
                deadline(NormOutcome.BREACHED, Duration.ofMinutes(7)),
                deadline(NormOutcome.BREACHED, null),
                deadline(NormOutcome.PENDING, null),
                deadline(NormOutcome.CANCELLED, null));
        NormFigures f = NormFigures.of(Norm.INSTALLATION, ds);
        assertThat(f.total()).isEqualTo(5);
        assertThat(f.met()).isEqualTo(2);
        assertThat(f.breached()).isEqualTo(2);
        assertThat(f.pending()).isEqualTo(1);
        assertThat(f.complianceRate()).isEqualTo(0.5);
        assertThat(f.averageSeconds()).isEqualTo(300);
        assertThat(f.maxSeconds()).isEqualTo(420);
    }

    @Test
    void noDecidedDeadlinesMeansNoRateRatherThanZero() {
        NormFigures f = NormFigures.of(Norm.REMOVAL, List.of(deadline(NormOutcome.PENDING, null)));
        assertThat(f.complianceRate()).isNull();
        assertThat(f.averageSeconds()).isNull();
    }

    private static NormDeadline deadline(NormOutcome outcome, Duration took) {
        return new NormDeadline(
                UUID.randomUUID(),
                Norm.INSTALLATION,
                UUID.randomUUID(),
                null,
                null,
                UUID.randomUUID(),
                null,
                T0,
                T0.plus(Duration.ofMinutes(5)),
                took == null ? null : T0.plus(took),
                outcome,
                null);
    }
}
