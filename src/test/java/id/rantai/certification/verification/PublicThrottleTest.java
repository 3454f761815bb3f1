package id.rantai.certification.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rantai.shared.RateLimitedException;
import id.rantai.support.EmbeddedPostgresDatabase;
import id.rantai.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two Rantai instances over one database share the verification limit: a client gets the configured
 * number of answers a minute in total, not per instance. On H2 and on PostgreSQL.
 */
class PublicThrottleTest {

    @Test
    void twoInstancesShareOneLimitOnH2() {
        twoInstancesShareOneLimit("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void twoInstancesShareOneLimitOnPostgres() {
        twoInstancesShareOneLimit(EmbeddedPostgresDatabase.newDatabaseUrl(), "postgres", "postgres");
    }

    private void twoInstancesShareOneLimit(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T03:00:10Z"));
        PublicThrottle a = new PublicThrottle(new JdbcRequestWindows(jdbc), clock);
        PublicThrottle b = new PublicThrottle(new JdbcRequestWindows(jdbc), clock);

        for (int i = 0; i < 10; i++) {
            (i % 2 == 0 ? a : b).admit("verify", "203.0.113.7", 10);
        }
        // Each instance has seen only five, yet both refuse the eleventh.
        assertThatThrownBy(() -> a.admit("verify", "203.0.113.7", 10)).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> b.admit("verify", "203.0.113.7", 10)).isInstanceOf(RateLimitedException.class);
        // Another address has its own allowance, and so has another kind of request.
        b.admit("verify", "198.51.100.1", 10);
        a.admit("submit", "203.0.113.7", 10);

        clock.advance(Duration.ofMinutes(1));
        a.admit("verify", "203.0.113.7", 10);
        b.admit("verify", "203.0.113.7", 10);
        assertThat(a.forgetOldWindows())
                .as("the finished minute's rows are kept one minute more")
                .isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(a.forgetOldWindows()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cert_verify_window")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
