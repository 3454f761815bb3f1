package id.rantai.eseal.document;

/** The SOP step a photo documents. */
public enum DocumentStep {
    INSTALLATION,
    REMOVAL
}
