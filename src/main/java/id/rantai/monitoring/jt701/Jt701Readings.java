package id.rantai.monitoring.jt701;

import id.rantai.monitoring.LockState;
import id.rantai.monitoring.Reading;
import id.rantai.monitoring.SealEvent;
import id.rantai.monitoring.UnlockMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * Maps JT701 records to Rantai readings: cable cut → tamper, the lock bit → lock state (and a
 * locked/unlocked event when it changes on the connection), low battery → low battery, a P45 frame
 * → an unlock (by RFID when it names a card).
 */
final class Jt701Readings {
    private int lastLockBit = -1;

    Reading toReading(UUID sealId, Jt701Record r, Instant receivedAt) {
        int events = 0;
        LockState lock = LockState.UNKNOWN;
        UnlockMethod method = null;
        if (r.status() >= 0) {
            events |= r.has(Jt701Record.STATUS_CABLE_CUT) ? SealEvent.TAMPER.bit() : 0;
            events |= r.has(Jt701Record.STATUS_LOW_BATTERY) ? SealEvent.LOW_BATTERY.bit() : 0;
            int lockBit = r.has(Jt701Record.STATUS_LOCKED) ? 1 : 0;
            lock = lockBit == 1 ? LockState.LOCKED : LockState.UNLOCKED;
            if (lastLockBit >= 0 && lockBit != lastLockBit) {
                events |= lockBit == 1 ? SealEvent.LOCKED.bit() : SealEvent.UNLOCKED.bit();
            }
            lastLockBit = lockBit;
        }
        if (r.lockEvent()) {
            events |= SealEvent.UNLOCKED.bit();
            lock = LockState.UNLOCKED;
            method = r.card() != null ? UnlockMethod.RFID : null;
        }
        int battery = r.battery() >= 0 && r.battery() <= 100 ? r.battery() : -1;
        return new Reading(
                sealId,
                r.time(),
                receivedAt,
                -1,
                r.latitude(),
                r.longitude(),
                r.altitude(),
                Double.NaN,
                r.fixValid(),
                r.speedKmh(),
                r.course(),
                battery,
                lock,
                events,
                method,
                r.card(),
                null);
    }
}
