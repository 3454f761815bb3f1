package id.rantai.monitoring.ingest;

import id.rantai.monitoring.Reading;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where a device channel appends the readings it has checked. Alone, that is the {@link
 * ReadingJournal} itself; in a cluster, a partitioned log in front of the journal of whichever
 * instance owns each seal. Either way the future completes only once the readings are durably kept
 * (stored, or in the log), so a device is never told a reading arrived that a crash can lose.
 */
public interface ReadingLog {
    /** @return per reading, whether it was new or a repeat; fails when none of them is kept */
    CompletableFuture<ReadingJournal.Result[]> append(List<Reading> readings);
}
