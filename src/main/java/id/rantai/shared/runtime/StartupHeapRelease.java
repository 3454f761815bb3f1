package id.rantai.shared.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects the garbage of start-up once, when Rantai is ready, so that the heap the collector grew
 * while starting is given back to the operating system.
 *
 * <p>Why: starting allocates several hundred megabytes that are garbage a second later (configuration
 * parsing, the schema, templates), and G1 keeps the heap it grew for that until a full collection,
 * which an idle server may never have. Measured on the embedded defaults: 460–530 MB resident at idle
 * without this, about 250 MB with it (BENCHMARKS.md, "Start-up and idle memory"). The one full
 * collection takes a few hundred milliseconds while nothing is being served yet.
 * {@code rantai.runtime.release-startup-heap=false} turns it off (a JVM run with fixed heap flags has
 * nothing to give back).
 */
@Component
class StartupHeapRelease {
    private static final Logger log = LoggerFactory.getLogger(StartupHeapRelease.class);
    private final boolean enabled;
    private final Runnable fullCollection;

    @Autowired
    StartupHeapRelease(@Value("${rantai.runtime.release-startup-heap:true}") boolean enabled) {
        this(enabled, System::gc);
    }

    StartupHeapRelease(boolean enabled, Runnable fullCollection) {
        this.enabled = enabled;
        this.fullCollection = fullCollection;
    }

    @EventListener(ApplicationReadyEvent.class)
    void releaseOnce() {
        if (!enabled) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        long started = System.nanoTime();
        fullCollection.run();
        log.debug(
                "Start-up garbage collected in {} ms; heap {} MB before, {} MB after",
                (System.nanoTime() - started) / 1_000_000,
                before >> 20,
                runtime.totalMemory() >> 20);
    }
}
