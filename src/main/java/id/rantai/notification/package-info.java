/**
 * Notifications by e-mail through an outbox. A module hands a message over in the same transaction
 * as the change that calls for it; the outbox keeps it until the SMTP server has taken it, retrying
 * with back-off, so a message once accepted is neither lost nor (by its key) sent twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package id.rantai.notification;
