package id.rantai.monitoring;

/** What a seal reports about itself besides its position. Carried as bit flags on a {@link Reading}. */
public enum SealEvent {
    /** The seal was opened (lock released with the cable pulled). */
    OPENED,
    /** The seal was opened by force. */
    FORCED_OPEN,
    /** The cable was cut or the housing tampered with. */
    TAMPER,
    LOCKED,
    UNLOCKED,
    LOW_BATTERY;

    public int bit() {
        return 1 << ordinal();
    }

    public static int mask(SealEvent... events) {
        int m = 0;
        for (SealEvent e : events) {
            m |= e.bit();
        }
        return m;
    }
}
