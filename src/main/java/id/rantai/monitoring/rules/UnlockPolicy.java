package id.rantai.monitoring.rules;

import id.rantai.monitoring.UnlockMethod;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.lang.Nullable;

/**
 * Which unlocks a trip accepts at its destination. App and remote unlocks go through Rantai's own
 * controlled command path and are accepted by default; RFID cards and Bluetooth are accepted only
 * when the trip names them, since a card or phone in the wrong hands is exactly the risk.
 */
public record UnlockPolicy(Set<UnlockMethod> methods, Set<String> rfidCards) {
    public static final UnlockPolicy DEFAULT = new UnlockPolicy(EnumSet.of(UnlockMethod.APP, UnlockMethod.REMOTE), Set.of());

    public UnlockPolicy {
        methods = Set.copyOf(methods);
        rfidCards = Set.copyOf(rfidCards);
    }

    public boolean allows(@Nullable UnlockMethod method, @Nullable String card) {
        if (method == null) {
            return false;
        }
        if (method == UnlockMethod.RFID) {
            return card != null && rfidCards.contains(card);
        }
        return methods.contains(method);
    }
}
