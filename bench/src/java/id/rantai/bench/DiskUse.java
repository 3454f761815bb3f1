package id.rantai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the stored readings cost on disk: the H2 database directory, or PostgreSQL's database and
 * its readings table with their indexes, divided by the readings Rantai reports as stored.
 */
public final class DiskUse {
    private static final Pattern STORED = Pattern.compile("(?m)^rantai_readings_stored_total (\\S+)$");

    private DiskUse() {}

    /** {@code DiskUse <base> <admin password> <data dir> [jdbc url]}, for runs driven by wrk. */
    public static void main(String[] args) throws Exception {
        print(args[0], args[1], args[2], args.length > 3 ? args[3] : null);
    }

    static void print(String base, String adminPassword, String dataDir, String jdbcUrl) throws Exception {
        long stored = storedReadings(base, adminPassword);
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            long bytes = sizeOf(Path.of(dataDir, "db"));
            System.out.printf(
                    "On disk (H2 files): %,d bytes for %,d stored readings = %,.0f bytes/reading%n",
                    bytes, stored, bytes / (double) stored);
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery("""
                     SELECT pg_database_size(current_database()), pg_total_relation_size('telemetry_reading'),
                            pg_relation_size('telemetry_reading'), pg_indexes_size('telemetry_reading')""")) {
            rs.next();
            System.out.printf(
                    "On disk (PostgreSQL): database %,d bytes = %,.0f bytes/reading; readings table %,.0f "
                            + "bytes/reading (rows %,.0f, indexes %,.0f); %,d stored readings%n",
                    rs.getLong(1),
                    rs.getLong(1) / (double) stored,
                    rs.getLong(2) / (double) stored,
                    rs.getLong(3) / (double) stored,
                    rs.getLong(4) / (double) stored,
                    stored);
            printPostgresWriteCost(c, stored);
        }
    }

    /** Each index of the readings table, the WAL written since the server was made, and its checkpoints. */
    private static void printPostgresWriteCost(Connection c, long stored) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT indexrelname, pg_relation_size(indexrelid) FROM pg_stat_user_indexes
                WHERE relname = 'telemetry_reading' ORDER BY indexrelname""")) {
            while (rs.next()) {
                System.out.printf(
                        "  index %s: %,.0f bytes/reading%n", rs.getString(1), rs.getLong(2) / (double) stored);
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0'), checkpoints_timed, checkpoints_req
                FROM pg_stat_bgwriter""")) {
            rs.next();
            System.out.printf(
                    "WAL written: %,d bytes = %,.0f bytes/reading; checkpoints %d timed, %d requested%n",
                    rs.getLong(1), rs.getLong(1) / (double) stored, rs.getLong(2), rs.getLong(3));
        }
    }

    private static long storedReadings(String base, String adminPassword) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("admin:" + adminPassword)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher m = STORED.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no rantai_readings_stored_total in /actuator/prometheus");
        }
        return (long) Double.parseDouble(m.group(1));
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
