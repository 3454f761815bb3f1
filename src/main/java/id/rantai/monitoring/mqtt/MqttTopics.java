package id.rantai.monitoring.mqtt;

import org.jspecify.annotations.Nullable;

/** The topic layout: {@code rantai/seals/{serial}/telemetry|commands|command-results}. */
public final class MqttTopics {
    public static final String TELEMETRY_SUBSCRIPTION = "rantai/seals/+/telemetry";
    public static final String COMMAND_RESULTS_SUBSCRIPTION = "rantai/seals/+/command-results";
    private static final String PREFIX = "rantai/seals/";

    private MqttTopics() {}

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
        return serialOf(topic, "/telemetry");
    }

    /** The seal serial of a command-results topic, or null if the topic is not one. */
    public static @Nullable String serialOfCommandResults(String topic) {
        return serialOf(topic, "/command-results");
    }

    private static @Nullable String serialOf(String topic, String suffix) {
        if (!topic.startsWith(PREFIX) || !topic.endsWith(suffix)) {
            return null;
        }
        String serial = topic.substring(PREFIX.length(), topic.length() - suffix.length());
        return serial.isEmpty() || serial.contains("/") ? null : serial;
    }
}
