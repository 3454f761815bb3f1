package id.rantai.eseal.norm;

import id.rantai.eseal.Norm;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * How one norm was kept over a set of deadlines. The compliance rate counts decided deadlines only
 * (met or breached); deadlines still running are not yet a success or a failure.
 */
public record NormFigures(
        Norm norm,
        int total,
        int met,
        int breached,
        int pending,
        @Nullable Double complianceRate,
        @Nullable Long averageSeconds,
        @Nullable Long maxSeconds) {

    static NormFigures of(Norm norm, Collection<NormDeadline> deadlines) {
        int met = 0, breached = 0, pending = 0, total = 0, done = 0;
        long sum = 0, max = 0;
        for (NormDeadline d : deadlines) {
            switch (d.outcome()) {
                case MET -> met++;
                case BREACHED -> breached++;
                case PENDING -> pending++;
                case CANCELLED -> {
                    continue;
                }
            }
            total++;
            if (d.actualDuration() != null) {
                long s = d.actualDuration().toSeconds();
                sum += s;
                max = Math.max(max, s);
                done++;
            }
        }
        Double rate = met + breached == 0 ? null : Math.round(10000.0 * met / (met + breached)) / 10000.0;
        return new NormFigures(
                norm,
                total,
                met,
                breached,
                pending,
                rate,
                done == 0 ? null : Math.round((double) sum / done),
                done == 0 ? null : max);
    }
}
