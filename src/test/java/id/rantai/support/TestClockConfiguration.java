package id.rantai.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
    /** 24 November 2026, 09:00 WIB. */
    public static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }
}
