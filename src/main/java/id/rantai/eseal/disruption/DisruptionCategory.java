package id.rantai.eseal.disruption;

/** What kind of problem a disruption report (laporan kendala) is about. */
public enum DisruptionCategory {
    /** The seal itself: does not lock, does not report, damaged, battery. */
    SEAL_DEVICE,
    /** Mobile network or GPS coverage. */
    COMMUNICATION,
    /** Rantai, the provider's platform or the SKP integration. */
    SYSTEM,
    OTHER
}
