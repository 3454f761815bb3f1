package id.rantai.shared.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One dispatch of a queue delivered in turn (a trip's events one after another): take what is due,
 * claim each for this instance under a lease, deliver it, and ask again — the next event of a turn
 * becomes due only once the one before it is delivered — until nothing is due (or a hundred rounds
 * have passed, so one dispatch cannot run for ever while events keep arriving).
 */
public final class InTurn {
    private InTurn() {}

    /** How many deliveries succeeded and failed in one dispatch. */
    public record Round(int delivered, int failed) {}

    /** The queue's side of a dispatch. */
    public interface Queue<C> {
        List<Long> due(Instant now, int limit);

        /** The delivery, taken for this instance; empty if another instance was quicker. */
        Optional<C> claim(long id, Instant now, Instant leaseUntil);

        /** Delivers a claimed one; whether the receiver accepted it. */
        boolean deliver(C claimed);
    }

    public static <C> Round dispatch(Queue<C> queue, Clock clock, int batchSize, Duration lease) {
        int delivered = 0;
        int failed = 0;
        for (int round = 0; round < 100; round++) {
            Instant now = clock.instant();
            List<Long> due = queue.due(now, batchSize);
            if (due.isEmpty()) {
                break;
            }
            for (long id : due) {
                Optional<C> claimed = queue.claim(id, now, now.plus(lease));
                if (claimed.isEmpty()) {
                    continue; // another instance took it
                }
                if (queue.deliver(claimed.get())) {
                    delivered++;
                } else {
                    failed++;
                }
            }
        }
        return new Round(delivered, failed);
    }
}
