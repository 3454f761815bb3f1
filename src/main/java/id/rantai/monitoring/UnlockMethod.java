package id.rantai.monitoring;

/** How a seal was unlocked, as the SOP lists them: by app, RFID card, Bluetooth, or remotely. */
public enum UnlockMethod {
    APP,
    RFID,
    BLUETOOTH,
    REMOTE
}
