package io.moquette.broker;

import io.moquette.broker.config.IConfig;
import io.moquette.broker.security.IAuthenticator;
import io.netty.channel.ChannelHandler;
import java.lang.reflect.Field;

/**
 * Gives Rantai the Netty handler through which a running Moquette broker serves one MQTT
 * connection, so that Rantai can put that handler behind its own listener and answer seal
 * telemetry itself (acknowledging a PUBLISH only after the reading is durably stored) while
 * everything else — logins, sessions, subscriptions, commands — stays Moquette's.
 *
 * <p>Moquette 0.17 offers no hook into its connection pipeline, and the types involved are
 * package-private; hence this one class in Moquette's package, and reflection on the broker's two
 * core objects. The version is pinned in the POM and the MQTT tests exercise this path, so an
 * upgrade that changes these internals fails the build rather than production.
 */
public final class MoquetteConnections {

    private MoquetteConnections() {}

    public static ChannelHandler handler(Server server, IConfig config, IAuthenticator authenticator) {
        SessionRegistry sessions = field(server, "sessions", SessionRegistry.class);
        PostOffice postOffice = field(server, "dispatcher", PostOffice.class);
        return new NewNettyMQTTHandler(
                new MQTTConnectionFactory(new BrokerConfiguration(config), authenticator, sessions, postOffice));
    }

    /** Moquette's own handler for idle connections (it expects it in the pipeline as {@code idleEventHandler}). */
    public static ChannelHandler idleTimeoutHandler() {
        return new MoquetteIdleTimeoutHandler();
    }

    private static <T> T field(Server server, String name, Class<T> type) {
        try {
            Field f = Server.class.getDeclaredField(name);
            f.setAccessible(true);
            Object value = f.get(server);
            if (value == null) {
                throw new IllegalStateException("Moquette is not started");
            }
            return type.cast(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Moquette version does not have Server." + name, e);
        }
    }
}
