/**
 * The append-only audit trail: who did what to which subject, and when. Modules write to it in the
 * same transaction as the change they record, so an audited change and its entry stand or fall together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
@org.jspecify.annotations.NullMarked
package id.rantai.audit;
