package id.rantai.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at a fresh database on the embedded PostgreSQL server. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + EmbeddedPostgresDatabase.newDatabaseUrl(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres")
                .applyTo(context.getEnvironment());
    }
}
