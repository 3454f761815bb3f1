package id.rantai.eseal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TripStateTest {
    @Test
    void theHappyPathIsOneChain() {
        TripState[] path = {
            TripState.REQUESTED,
            TripState.APPROVED,
            TripState.SEAL_ASSIGNED,
            TripState.READY_FOR_INSTALLATION,
            TripState.INSTALLED,
            TripState.IN_TRANSIT,
            TripState.ARRIVED,
            TripState.REMOVED,
            TripState.CLOSED
        };
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i - 1].canMoveTo(path[i]))
                    .as("%s -> %s", path[i - 1], path[i])
                    .isTrue();
        }
    }

    @Test
    void aSealedContainerCannotBeCancelledOrSkipAhead() {
        for (TripState sealed : EnumSet.of(TripState.INSTALLED, TripState.IN_TRANSIT, TripState.ARRIVED)) {
            assertThat(sealed.canMoveTo(TripState.CANCELLED)).isFalse();
            assertThat(sealed.canMoveTo(TripState.CLOSED)).isFalse();
        }
        assertThat(TripState.REQUESTED.canMoveTo(TripState.INSTALLED)).isFalse();
    }

    @Test
    void finalStatesGoNowhere() {
        for (TripState s : EnumSet.of(TripState.CLOSED, TripState.REJECTED, TripState.CANCELLED)) {
            assertThat(s.isFinal()).isTrue();
            assertThat(s.nextStates()).isEmpty();
        }
    }
}
