package id.rantai.monitoring.cluster;

import id.rantai.monitoring.Reading;
import id.rantai.monitoring.ingest.JdbcReadings;
import id.rantai.monitoring.ingest.ReadingJournal;
import id.rantai.monitoring.rules.RuleEngine;
import id.rantai.monitoring.rules.TripMonitors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This instance's share of the seals: it consumes the readings topic in the cluster's group, so each
 * partition — and every seal on it — has exactly one owner. A polled batch is stored through the
 * journal (group commit, duplicates recognised) and handed to the rules; its offsets are committed
 * only after that, so a reading Kafka acknowledged is stored even if this instance dies, and stored
 * once even when the next owner reads it again. An instruction in the batch is applied once the
 * readings before it are stored, so the monitor sees both in the order they were sent.
 *
 * <p>Every partition has its own evaluated mark ({@code EVALUATED:n}). When a partition comes here,
 * its trips' monitors are rebuilt from the database up to that mark and what was stored after it is
 * evaluated before anything new; when it leaves in an orderly way, the rules finish what they have
 * and the mark is written. Signal-lost timers run only on the owner and count from the last reading
 * stored, so a hand-over shorter than the grace raises nothing.
 */
@Component
@ConditionalOnProperty(name = "rantai.cluster.mode", havingValue = "kafka")
class SealLog implements BatchConsumerAwareMessageListener<String, byte[]>, ConsumerAwareRebalanceListener {
    private static final Logger log = LoggerFactory.getLogger(SealLog.class);
    static final String MARK = "EVALUATED:";
    private static final Duration STORE_PATIENCE = Duration.ofMinutes(1);
    private static final Duration HAND_OVER_PATIENCE = Duration.ofSeconds(30);

    private final ReadingJournal journal;
    private final RuleEngine rules;
    private final TripMonitors monitors;
    private final JdbcReadings store;
    private final SealPartitions partitions;
    private final ClusterMessages messages;
    private final Clock clock;
    private final String topic;
    /** Partitions taken over completely, with the mark last written for each. */
    private final Map<Integer, Long> marked = new ConcurrentHashMap<>();

    private volatile long lag;
    private volatile @Nullable Instant lastPoll;

    SealLog(
            ReadingJournal journal,
            RuleEngine rules,
            TripMonitors monitors,
            JdbcReadings store,
            SealPartitions partitions,
            ClusterMessages messages,
            ClusterProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.journal = journal;
        this.rules = rules;
        this.monitors = monitors;
        this.store = store;
        this.partitions = partitions;
        this.messages = messages;
        this.clock = clock;
        this.topic = properties.readings().name();
        Gauge.builder("rantai.cluster.readings.lag", this, SealLog::lag)
                .description("Readings in this instance's partitions of the log not yet stored")
                .register(meters);
        Gauge.builder("rantai.cluster.partitions.owned", marked, Map::size)
                .description("Partitions of the readings log (and their seals) this instance evaluates")
                .register(meters);
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        lastPoll = clock.instant();
        List<Reading> readings = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            String kind = ClusterMessages.header(record, ClusterMessages.KIND);
            if (ClusterMessages.READING.equals(kind)) {
                readings.add(ReadingCodec.decode(record.value()));
            } else if (kind != null && ClusterMessages.isInstruction(kind)) {
                store(readings);
                readings = new ArrayList<>();
                monitors.apply(messages.instruction(kind, record.value()));
            } else {
                log.warn(
                        "Skipping a record of unknown kind {} at {}-{}@{}",
                        kind,
                        topic,
                        record.partition(),
                        record.offset());
            }
        }
        store(readings);
        long behind = 0;
        for (TopicPartition tp : consumer.assignment()) {
            behind += consumer.currentLag(tp).orElse(0);
        }
        lag = behind;
    }

    /** Stores through the journal and waits; a failure fails the batch, which the container tries again. */
    private void store(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        try {
            journal.append(readings).get(STORE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing readings from the log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Readings from the log could not be stored; trying again", e);
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
        for (TopicPartition tp : assigned) {
            takeOver(tp.partition());
        }
    }

    private void takeOver(int partition) {
        partitions.add(partition);
        String name = MARK + partition;
        for (int attempt = 1; ; attempt++) {
            try {
                long mark = store.markOr(name, store.mark(RuleEngine.EVALUATED));
                long through = rules.takeOver(seal -> partitions.of(seal) == partition, mark);
                journal.raiseFloor(through);
                store.advanceMark(name, through);
                marked.put(partition, through);
                log.info("Took over partition {} of {} (evaluated through commit {})", partition, topic, through);
                return;
            } catch (RuntimeException e) {
                // Not a reading of this partition may be evaluated before its monitors are built, so
                // the consumer waits here (the database away); past max.poll.interval.ms Kafka gives
                // the partition to another instance, which is what should happen then.
                if (Thread.currentThread().isInterrupted()) {
                    partitions.remove(partition);
                    throw e; // stopping
                }
                log.warn("Taking over partition {} failed (attempt {}); trying again", partition, attempt, e);
                // From the start: monitors built before the failure would otherwise skip their replay.
                rules.handOver(seal -> partitions.of(seal) == partition, Duration.ofSeconds(1));
                sleep(Duration.ofSeconds(Math.min(attempt, 10)));
            }
        }
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
        Set<Integer> leaving = numbers(revoked);
        if (leaving.isEmpty()) {
            return;
        }
        long through = rules.handOver(seal -> leaving.contains(partitions.of(seal)), HAND_OVER_PATIENCE);
        for (int p : leaving) {
            if (marked.remove(p) != null) {
                store.advanceMark(MARK + p, through);
            }
            partitions.remove(p);
        }
        log.info("Handed partitions {} of {} over (evaluated through commit {})", leaving, topic, through);
    }

    /**
     * Lost, not handed over (this instance was cut off from the group for longer than the session
     * timeout): another instance may already own them, so no mark is written; what the rules still
     * had is finished, then the monitors go.
     */
    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
        Set<Integer> gone = numbers(lost);
        rules.handOver(seal -> gone.contains(partitions.of(seal)), HAND_OVER_PATIENCE);
        for (int p : gone) {
            marked.remove(p);
            partitions.remove(p);
        }
        log.warn("Lost partitions {} of {}; their seals are another instance's now", gone, topic);
    }

    private Set<Integer> numbers(Collection<TopicPartition> tps) {
        return tps.stream()
                .filter(tp -> tp.topic().equals(topic))
                .map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }

    /** Writes the evaluated mark of every partition owned here. */
    @Scheduled(fixedDelayString = "${rantai.monitoring.rules.mark-every:PT1S}")
    void writeMarks() {
        long through = rules.evaluatedThrough();
        marked.replaceAll((p, written) -> {
            if (through > written) {
                store.advanceMark(MARK + p, through);
                return through;
            }
            return written;
        });
    }

    /** Repairs monitors a lost lifecycle instruction left wrong. */
    @Scheduled(fixedDelayString = "${rantai.cluster.reconcile-every:PT30S}")
    void reconcile() {
        if (!marked.isEmpty()) {
            rules.reconcile(rules.evaluatedThrough());
        }
    }

    /** Nothing polled for a while: nothing is waiting either. */
    @EventListener
    void on(ListenerContainerIdleEvent idle) {
        if (idle.getTopicPartitions() != null
                && idle.getTopicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic))) {
            lag = 0;
            lastPoll = clock.instant();
        }
    }

    long lag() {
        return lag;
    }

    @Nullable
    Instant lastPoll() {
        return lastPoll;
    }

    Set<Integer> owned() {
        return Set.copyOf(marked.keySet());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
