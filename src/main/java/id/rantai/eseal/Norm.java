package id.rantai.eseal;

/** The time norms of the E-Seal SOP, each a deadline started by an event and met by another. */
public enum Norm {
    /** Seal installed within 5 minutes of the trip becoming ready for installation. */
    INSTALLATION,
    /** Installation photos uploaded within 10 minutes of installation. */
    INSTALLATION_PHOTOS,
    /** Seal removed within 5 minutes of arrival. */
    REMOVAL,
    /** Removal documentation uploaded within 10 minutes of removal. */
    REMOVAL_DOCUMENTS,
    /** A disruption report acknowledged by the provider. */
    DISRUPTION_ACKNOWLEDGEMENT,
    /** A disruption report resolved by the provider. */
    DISRUPTION_RESOLUTION
}
