/**
 * Rantai's outbound deliveries to other systems — events to customs' service system (SKP), events
 * to organisations' webhooks: one signed HTTP POST per event ({@link SignedPost}), one reading of
 * what the receiver answered ({@link SignedPost.Verdict}) and one retry schedule
 * ({@link RetryPolicy}). Each queue keeps its deliveries in its own table, claimed and retried
 * through {@link id.rantai.shared.jobs.JdbcJobs}.
 */
@NullMarked
package id.rantai.shared.delivery;

import org.jspecify.annotations.NullMarked;
