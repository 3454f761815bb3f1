package id.rantai.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleFromTheFirstUpToTheCeiling() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(30);
        assertThat(Backoff.doubling(first, max, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.doubling(first, max, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.doubling(first, max, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.doubling(first, max, 7)).as("32 min, capped").isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.doubling(first, max, 1000)).as("no overflow").isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.doubling(first, max, 0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterOnlyShortensAWaitAndSpreadsTheRetries() {
        Duration wait = Duration.ofMinutes(10);
        var random = new java.util.Random(7);
        var seen = new java.util.HashSet<Duration>();
        for (int i = 0; i < 1000; i++) {
            Duration d = Backoff.jittered(wait, 0.2, random);
            assertThat(d).isBetween(Duration.ofMinutes(8), wait);
            seen.add(d);
        }
        assertThat(seen)
                .as("a thousand retries do not come back at one instant")
                .hasSizeGreaterThan(900);
        assertThat(Backoff.jittered(wait, 0, random)).isEqualTo(wait);
        assertThat(Backoff.jittered(wait, 5, random))
                .as("a share above 1 is taken as 1")
                .isBetween(Duration.ZERO, wait);
    }
}
