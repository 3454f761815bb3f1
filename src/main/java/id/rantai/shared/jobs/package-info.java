/**
 * Rantai's background work seen as one list: every queue or long job (the e-mail outbox, SKP
 * deliveries, employee and certificate imports) reports its jobs through {@link JobSource}, and
 * {@link JobBoard} gathers them for the administrator.
 */
@NullMarked
package id.rantai.shared.jobs;

import org.jspecify.annotations.NullMarked;
