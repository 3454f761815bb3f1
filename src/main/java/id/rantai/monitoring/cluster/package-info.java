/**
 * Several Rantai instances over one Apache Kafka ({@code rantai.cluster.mode=kafka}): every
 * instance's device channels append readings to a log partitioned by seal; each partition is owned
 * by one instance of a consumer group, which stores and evaluates its seals' readings in order and
 * takes seals over from an instance that leaves or dies. Live events and seal commands are shared
 * with every instance through a second topic. Alone ({@code single}, the default) none of this is
 * started and nothing needs Kafka.
 */
@NullMarked
package id.rantai.monitoring.cluster;

import org.jspecify.annotations.NullMarked;
