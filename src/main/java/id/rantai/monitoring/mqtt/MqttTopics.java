package id.rantai.monitoring.mqtt;

import org.springframework.lang.Nullable;

/** The topic layout: {@code rantai/seals/{serial}/telemetry|commands|command-results}. */
public final class MqttTopics {
    public static final String TELEMETRY_SUBSCRIPTION = "rantai/seals/+/telemetry";
    private static final String PREFIX = "rantai/seals/";

    private MqttTopics() {
    }

    public static String telemetry(String serial) {
        return PREFIX + serial + "/telemetry";
    }

    public static String commands(String serial) {
        return PREFIX + serial + "/commands";
    }

    public static String commandResults(String serial) {
        return PREFIX + serial + "/command-results";
    }

    /** The seal serial of a telemetry topic, or null if the topic is not one. */
    public static @Nullable String serialOfTelemetry(String topic) {
        if (!topic.startsWith(PREFIX) || !topic.endsWith("/telemetry")) {
            return null;
        }
        String serial = topic.substring(PREFIX.length(), topic.length() - "/telemetry".length());
        return serial.isEmpty() || serial.contains("/") ? null : serial;
    }
}
