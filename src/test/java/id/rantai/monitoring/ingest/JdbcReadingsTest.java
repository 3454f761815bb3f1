package id.rantai.monitoring.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.UnlockMethod;
import id.rantai.support.EmbeddedPostgresDatabase;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group commit's readings keep every value on H2 and on PostgreSQL (NaN as NULL, times to the
 * microsecond), and a reading already stored is told apart from a new one by the database itself.
 */
class JdbcReadingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void storesEveryValueAndRecognisesReadingsAlreadyStored(String database) throws Exception {
        SimpleDriverDataSource dataSource = database.equals("h2")
                ? new SimpleDriverDataSource(
                        new org.h2.Driver(),
                        "jdbc:h2:mem:readings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "")
                : new SimpleDriverDataSource(
                        new org.postgresql.Driver(), EmbeddedPostgresDatabase.newDatabaseUrl(), "postgres", "postgres");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JdbcReadings readings = new JdbcReadings(jdbc, dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        UUID seal = UUID.randomUUID();
        UUID trip = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-12-04T01:02:03.123456Z");
        Reading full = new Reading(
                seal,
                t0,
                t0.plusMillis(250),
                7,
                -6.95,
                110.42,
                12.5,
                4.0,
                true,
                41.5,
                270.0,
                88,
                LockState.UNLOCKED,
                3,
                UnlockMethod.RFID,
                "CARD-1",
                t0.minusSeconds(2));
        Reading sparse = new Reading(
                seal,
                t0.plusSeconds(30),
                t0.plusSeconds(31),
                -1,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                false,
                Double.NaN,
                Double.NaN,
                -1,
                LockState.LOCKED,
                0,
                null,
                null,
                null);

        boolean[] first = tx.execute(s -> readings.insert(List.of(full, sparse), Arrays.asList(trip, null), 41));
        assertThat(first).containsExactly(true, true);

        Reading later = new Reading(
                seal,
                t0.plusSeconds(60),
                t0.plusSeconds(60),
                8,
                -6.96,
                110.43,
                Double.NaN,
                Double.NaN,
                true,
                40,
                271,
                87,
                LockState.LOCKED,
                0,
                null,
                null,
                null);
        // One already stored, one new (a commit never holds the same reading twice: the journal's
        // duplicate filter sees to that before it writes).
        boolean[] second = tx.execute(s -> readings.insert(List.of(sparse, later), Arrays.asList(null, trip), 42));
        assertThat(second).containsExactly(false, true);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telemetry_reading", Long.class))
                .isEqualTo(3);
        assertThat(readings.latestOfTrip(trip, 10, 42)).containsExactly(full, later);
        List<JdbcReadings.Committed> notEvaluated = readings.notEvaluatedOfTrip(trip, 41);
        assertThat(notEvaluated).extracting(JdbcReadings.Committed::commitNo).containsExactly(42L);
        Reading sparseBack = jdbc.query("SELECT * FROM telemetry_reading WHERE trip_id IS NULL", JdbcReadings::row)
                .get(0);
        assertThat(sparseBack).isEqualTo(sparse);
    }
}
