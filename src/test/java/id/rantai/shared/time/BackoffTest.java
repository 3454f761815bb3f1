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
}
