package id.rantai.monitoring.ingest;

import id.rantai.monitoring.Reading;
import java.util.List;

/**
 * The stage after the journal: told of every group commit, in commit order, with the readings it
 * stored for the first time. It must not block for long: the journal answers the devices after it.
 */
public interface CommittedReadings {
    /**
     * @param commitNo the commit's number, one higher than the last
     * @param readings new readings, in device-time order per seal
     */
    void committed(long commitNo, List<Reading> readings);
}
