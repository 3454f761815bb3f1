package id.rantai.monitoring.command;

/** Where commands go out to seals (MQTT's {@code rantai/seals/{serial}/commands}). */
public interface CommandChannel {
    /** @return false when the channel cannot take it now (the command will time out and be reported) */
    boolean send(String serial, SealCommand command);
}
