package id.rantai.aeo.framework;

/**
 * A condition in the framework's text that limits where an item applies; the company states the
 * facts in its assessment profile.
 */
public enum AppliesWhen {
    /** 3.b.2: "untuk industri/usaha kecil dan menengah". */
    SMALL_MEDIUM_ENTERPRISE,
    /** 6.b.4.h: "fan housing pada kontainer berpendingin". */
    REEFER_CONTAINERS
}
