package id.rantai.monitoring.jt701;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param port        the JT701 TCP port (the vendor's customary 5014); 0 picks a free one, -1 turns it off
 * @param idleSeconds a connection silent this long is closed (seals report far more often)
 */
@ConfigurationProperties("rantai.monitoring.jt701")
public record Jt701Properties(
        @DefaultValue("5014") int port, @DefaultValue("600") int idleSeconds) {}
