package id.rantai.support;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A seal's MQTT connection as the tests open it: Paho's blocking client, logged in with the seal's own secret. */
public final class MqttDevices {

    private MqttDevices() {}

    /**
     * Connects as seal {@code serial}.
     * The in-flight window is raised because Paho's blocking {@code publish} returns when the PUBACK
     * arrives but frees the in-flight slot later, on its callback thread; on a busy CI machine that
     * thread falls ten publishes behind and Paho refuses the next one ("Too many publishes in
     * progress", 32202) although only one is ever really outstanding.
     */
    public static MqttClient connect(int port, String serial, String secret) throws MqttException {
        MqttClient client = new MqttClient("tcp://localhost:" + port, "seal-" + serial, new MemoryPersistence());
        client.connect(options(serial, secret));
        return client;
    }

    public static MqttConnectOptions options(String serial, String secret) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(serial);
        options.setPassword(secret.toCharArray());
        options.setMaxInflight(1000);
        return options;
    }
}
