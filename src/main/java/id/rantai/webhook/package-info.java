/**
 * Webhooks for organisations: an organisation registers HTTPS endpoints for the kinds of event it
 * may see (alerts, trip changes, norm breaches, disruption reports, AEO review steps, exam results)
 * and receives each as a signed POST, in order per trip, retried with back-off — on the same
 * delivery machinery ({@link id.rantai.shared.delivery}, {@link id.rantai.shared.jobs}) that serves
 * customs' service system (SKP). Every delivery and its attempts stay visible to the organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
@org.jspecify.annotations.NullMarked
package id.rantai.webhook;
