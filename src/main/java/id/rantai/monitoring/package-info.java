/**
 * Live monitoring: seals' readings are received on several channels, authenticated, validated,
 * de-duplicated, stored durably and only then acknowledged; every active trip's rules (corridor,
 * departure and arrival, reporting interval, seal events, battery, stops, ETA, speed) are evaluated
 * on them; alerts are raised, followed up and streamed live to those who may see them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live monitoring")
@org.jspecify.annotations.NullMarked
package id.rantai.monitoring;
