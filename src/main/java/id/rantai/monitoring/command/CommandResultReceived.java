package id.rantai.monitoring.command;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A seal reported the outcome of a command. */
public record CommandResultReceived(
        UUID commandId,
        String serial,
        boolean success,
        @Nullable String detail) {}
