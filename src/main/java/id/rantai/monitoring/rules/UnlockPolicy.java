package id.rantai.monitoring.rules;

import id.rantai.monitoring.UnlockMethod;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which unlocks a trip accepts at its destination. App unlocks are accepted by default; RFID cards
 * and Bluetooth only when the trip names them, since a card or phone in the wrong hands is exactly
 * the risk. A remote unlock is never a matter of policy: only a command Rantai itself sent explains
 * one (the monitor matches the seal's report to it), so a remote unlock nobody commanded is critical.
 */
public record UnlockPolicy(Set<UnlockMethod> methods, Set<String> rfidCards) {
    public static final UnlockPolicy DEFAULT = new UnlockPolicy(EnumSet.of(UnlockMethod.APP), Set.of());

    public UnlockPolicy {
        methods = Set.copyOf(methods);
        rfidCards = Set.copyOf(rfidCards);
    }

    public boolean allows(@Nullable UnlockMethod method, @Nullable String card) {
        if (method == null || method == UnlockMethod.REMOTE) {
            return false;
        }
        if (method == UnlockMethod.RFID) {
            return card != null && rfidCards.contains(card);
        }
        return methods.contains(method);
    }
}
