package id.rantai.identity;

/** The four kinds of organisation that use Rantai. */
public enum OrganisationKind {
    /** A customs office (KPPBC) and its officers. */
    CUSTOMS_OFFICE,
    /** A company using customs services: importer, exporter, carrier and/or TPS operator. */
    SERVICE_USER,
    /** A company that supplies and operates electronic seals. */
    ESEAL_PROVIDER,
    /** The customs training centre (Pusdiklat Bea dan Cukai) that certifies customs experts. */
    TRAINING_CENTRE
}
