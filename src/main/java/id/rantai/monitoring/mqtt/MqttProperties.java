package id.rantai.monitoring.mqtt;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param embedded  seals connect to Rantai's own MQTT endpoint; false to take them from an external broker at {@code url}
 * @param port      the endpoint's port (0 picks a free one)
 * @param url       an external broker, e.g. {@code tcp://mosquitto:1883}; ignored when embedded
 * @param username  Rantai's own user on an external broker (it must be allowed to read every seal's topics)
 * @param password  its password
 * @param enabled   false turns the MQTT channel off entirely
 */
@ConfigurationProperties("rantai.monitoring.mqtt")
public record MqttProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean embedded,
        @DefaultValue("1883") int port,
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("rantai-ingest") String clientId) {}
