package id.rantai.monitoring.ingest;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What every socket channel needs to turn a device's message into acknowledged readings: who the
 * device is, the thresholds its readings are checked against, the journal that stores them, the
 * count of what was refused, and the time of receipt.
 */
@Component
public record DeviceIntake(
        DeviceAuthenticator devices, SealTrips seals, ReadingLog journal, Refusals refusals, Clock clock) {}
