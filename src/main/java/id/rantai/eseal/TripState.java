package id.rantai.eseal;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of one sealed container movement, from request to closing. */
public enum TripState {
    REQUESTED,
    APPROVED,
    REJECTED,
    SEAL_ASSIGNED,
    READY_FOR_INSTALLATION,
    INSTALLED,
    IN_TRANSIT,
    ARRIVED,
    REMOVED,
    CLOSED,
    CANCELLED;

    static {
        REQUESTED.next = EnumSet.of(APPROVED, REJECTED, CANCELLED);
        APPROVED.next = EnumSet.of(SEAL_ASSIGNED, CANCELLED);
        SEAL_ASSIGNED.next = EnumSet.of(READY_FOR_INSTALLATION, CANCELLED);
        READY_FOR_INSTALLATION.next = EnumSet.of(INSTALLED, CANCELLED);
        INSTALLED.next = EnumSet.of(IN_TRANSIT);
        IN_TRANSIT.next = EnumSet.of(ARRIVED);
        ARRIVED.next = EnumSet.of(REMOVED);
        REMOVED.next = EnumSet.of(CLOSED);
        REJECTED.next = EnumSet.noneOf(TripState.class);
        CLOSED.next = EnumSet.noneOf(TripState.class);
        CANCELLED.next = EnumSet.noneOf(TripState.class);
    }

    private EnumSet<TripState> next;

    public boolean canMoveTo(TripState target) {
        return next.contains(target);
    }

    public Set<TripState> nextStates() {
        return EnumSet.copyOf(next);
    }

    /** The seal is off the container (or never went on): nothing is left to monitor. */
    public boolean endsMonitoring() {
        return this == REMOVED || this == CLOSED || this == CANCELLED;
    }

    public boolean isFinal() {
        return next.isEmpty();
    }
}
