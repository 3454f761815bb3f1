package id.rantai.eseal.route;

/** Kinds of place a sealed trip starts or ends at. */
public enum PlaceKind {
    PORT,
    TPS,
    BONDED_WAREHOUSE,
    FACTORY,
    OTHER
}
