package id.rantai.shared;

/** A request that is valid in itself but not in the current state of its subject (HTTP 409). */
public class StateConflictException extends RuntimeException implements Worded {
    private final String currentState;
    private final java.util.List<String> blockers;
    private final Wording wording;

    public StateConflictException(String message, String currentState) {
        this(message, currentState, java.util.List.of());
    }

    /** @param blockers what stands in the way, each named, for the client to list */
    public StateConflictException(String message, String currentState, java.util.List<String> blockers) {
        super(message);
        this.currentState = currentState;
        this.blockers = java.util.List.copyOf(blockers);
        this.wording = Wording.literal(message);
    }

    private StateConflictException(Wording wording, String currentState, java.util.List<String> blockers) {
        super(wording.english());
        this.currentState = currentState;
        this.blockers = java.util.List.copyOf(blockers);
        this.wording = wording;
    }

    /** The same refusal, naming what stands in the way for the client to list. */
    public StateConflictException blockedBy(java.util.List<String> blockers) {
        return new StateConflictException(wording, currentState, blockers);
    }

    /** A refusal worded in the catalogue as {@code refusal.KEY}, its states as {@link Wording#label labels}. */
    public static StateConflictException worded(String currentState, String key, Object... args) {
        return new StateConflictException(Wording.of(key, args), currentState, java.util.List.of());
    }

    @Override
    public Wording wording() {
        return wording;
    }

    public String currentState() {
        return currentState;
    }

    public java.util.List<String> blockers() {
        return blockers;
    }
}
