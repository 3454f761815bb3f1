/** Events queued for each subscribed endpoint in the transaction that caused them, and their delivery. */
@NullMarked
package id.rantai.webhook.delivery;

import org.jspecify.annotations.NullMarked;
