package id.rantai.shared;

/** A request that is valid in itself but not in the current state of its subject (HTTP 409). */
public class StateConflictException extends RuntimeException {
    private final String currentState;

    public StateConflictException(String message, String currentState) {
        super(message);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}
