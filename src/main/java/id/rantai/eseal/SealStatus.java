package id.rantai.eseal;

/** Where a seal stands in the provider's inventory. */
public enum SealStatus {
    AVAILABLE,
    ASSIGNED,
    INSTALLED,
    FAULTY,
    RETIRED
}
