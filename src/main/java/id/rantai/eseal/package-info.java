/**
 * E-Seal operations under the joint SOP: seal inventory, requests with their legal basis, route
 * plans, the trip lifecycle, installation and removal documentation, the SOP time norms and
 * disruption reports. Publishes {@link id.rantai.eseal.TripStateChanged}, {@link id.rantai.eseal.NormBreached}
 * and {@link id.rantai.eseal.DisruptionReported} for monitoring and the SKP integration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-Seal operations")
@org.jspecify.annotations.NullMarked
package id.rantai.eseal;
