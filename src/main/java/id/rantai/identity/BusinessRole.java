package id.rantai.identity;

/** What a service-user company does in the supply chain; one company may be several. */
public enum BusinessRole {
    IMPORTER,
    EXPORTER,
    CARRIER,
    TPS_OPERATOR
}
