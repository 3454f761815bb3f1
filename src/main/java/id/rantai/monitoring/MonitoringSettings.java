package id.rantai.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the monitoring rules. These are the defaults ({@code rantai.monitoring.*});
 * a customs office may set its own.
 *
 * @param reportingInterval       how often a seal is set to report
 * @param signalGrace             how much later than the interval a report may come before the signal counts as lost
 * @param maxAccuracyMeters       fixes less accurate than this are ignored by the position rules
 * @param corridorMarginMeters    a fix this far beyond the corridor edge is "clearly outside" at once
 * @param corridorExitReadings    or this many consecutive fixes outside the corridor
 * @param corridorReentryReadings consecutive fixes inside that end a corridor exit
 * @param geofenceReadings        consecutive fixes that confirm leaving the origin or entering the destination
 * @param lowBatteryPercent       battery level that raises a low-battery alert
 * @param stopSpeedKmh            slower than this counts as stopped
 * @param stopRadiusMeters        staying within this radius counts as stopped
 * @param stopThreshold           a stop outside the origin and destination longer than this is unplanned
 * @param etaGrace                how long after the ETA a trip that has not arrived is overdue
 * @param maxSpeedKmh             faster than this (reported, or implied by two fixes) is implausible
 * @param maxFutureSkew           device times further ahead of the server clock are refused
 * @param rawReadingMonths        how long a trip's raw readings are kept in full (then thinned to what its record needs)
 */
@ConfigurationProperties("rantai.monitoring")
public record MonitoringSettings(
        @DefaultValue("PT1M") @Schema(type = "string", format = "duration", maxLength = 32, example = "PT1M")
        Duration reportingInterval,

        @DefaultValue("PT2M") @Schema(type = "string", format = "duration", maxLength = 32, example = "PT2M")
        Duration signalGrace,

        @DefaultValue("100") double maxAccuracyMeters,
        @DefaultValue("150") double corridorMarginMeters,
        @DefaultValue("3") int corridorExitReadings,
        @DefaultValue("2") int corridorReentryReadings,
        @DefaultValue("2") int geofenceReadings,
        @DefaultValue("20") int lowBatteryPercent,
        @DefaultValue("3") double stopSpeedKmh,
        @DefaultValue("75") double stopRadiusMeters,

        @DefaultValue("PT30M") @Schema(type = "string", format = "duration", maxLength = 32, example = "PT30M")
        Duration stopThreshold,

        @DefaultValue("PT30M") @Schema(type = "string", format = "duration", maxLength = 32, example = "PT30M")
        Duration etaGrace,

        @DefaultValue("150") double maxSpeedKmh,

        @DefaultValue("PT5M") @Schema(type = "string", format = "duration", maxLength = 32, example = "PT5M")
        Duration maxFutureSkew,

        @DefaultValue("12") int rawReadingMonths) {

    /** The defaults, for code and tests that run without Spring. */
    public static MonitoringSettings defaults() {
        return new MonitoringSettings(
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                100,
                150,
                3,
                2,
                2,
                20,
                3,
                75,
                Duration.ofMinutes(30),
                Duration.ofMinutes(30),
                150,
                Duration.ofMinutes(5),
                12);
    }
}
