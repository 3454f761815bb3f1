package id.rantai.eseal.disruption;

public enum DisruptionStatus {
    REPORTED,
    ACKNOWLEDGED,
    RESOLVED
}
