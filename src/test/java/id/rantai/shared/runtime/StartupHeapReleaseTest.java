package id.rantai.shared.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartupHeapReleaseTest {

    @Test
    void collectsOnceWhenReady() {
        AtomicInteger collections = new AtomicInteger();
        new StartupHeapRelease(true, collections::incrementAndGet).releaseOnce();
        assertThat(collections).hasValue(1);
    }

    @Test
    void leavesTheHeapAloneWhenSwitchedOff() {
        AtomicInteger collections = new AtomicInteger();
        new StartupHeapRelease(false, collections::incrementAndGet).releaseOnce();
        assertThat(collections).hasValue(0);
    }
}
