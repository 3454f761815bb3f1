package id.rantai.eseal.skp;

import id.rantai.eseal.document.JdbcTripDocuments;
import id.rantai.eseal.document.TripDocument;
import id.rantai.shared.delivery.InTurn;
import id.rantai.shared.delivery.SignedPost;
import id.rantai.storage.ContentTypes;
import id.rantai.storage.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the queue to SKP in each trip's order. A delivery SKP accepts (2xx, or 409: it has the
 * event already) is done; a busy or unreachable SKP (408, 425, 429, 5xx, no answer) is tried again
 * with doubling back-off, honouring {@code Retry-After}; any other refusal means the request itself
 * is wrong and is FAILED at once for a person to look at. Until then the trip's later events wait.
 */
@Service
public class SkpDispatcher {
    private static final Logger log = LoggerFactory.getLogger(SkpDispatcher.class);

    private final JdbcSkpDeliveries deliveries;
    private final JdbcTripDocuments documents;
    private final FileStore files;
    private final SkpClient client;
    private final SkpProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final SkpFailureMail mail;
    private final Clock clock;

    SkpDispatcher(
            JdbcSkpDeliveries deliveries,
            JdbcTripDocuments documents,
            FileStore files,
            SkpClient client,
            SkpProperties properties,
            JsonMapper json,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            SkpFailureMail mail,
            Clock clock) {
        this.deliveries = deliveries;
        this.documents = documents;
        this.files = files;
        this.client = client;
        this.properties = properties;
        this.json = json;
        this.tx = tx;
        this.events = events;
        this.mail = mail;
        this.clock = clock;
    }

    /** Delivers what is due, trip by trip in order; on a schedule, and by tests that need it now. */
    @Scheduled(
            fixedDelayString = "${rantai.skp.dispatch-interval:PT10S}",
            initialDelayString = "${rantai.skp.dispatch-interval:PT10S}")
    public InTurn.Round dispatch() {
        if (!properties.enabled()) {
            return new InTurn.Round(0, 0);
        }
        return InTurn.dispatch(
                new InTurn.Queue<JdbcSkpDeliveries.Claimed>() {
                    @Override
                    public List<Long> due(Instant now, int limit) {
                        return deliveries.due(now, limit);
                    }

                    @Override
                    public Optional<JdbcSkpDeliveries.Claimed> claim(long id, Instant now, Instant leaseUntil) {
                        return deliveries.claim(id, now, leaseUntil);
                    }

                    @Override
                    public boolean deliver(JdbcSkpDeliveries.Claimed claimed) {
                        return SkpDispatcher.this.deliver(claimed);
                    }
                },
                clock,
                properties.batchSize(),
                properties.lease());
    }

    private boolean deliver(JdbcSkpDeliveries.Claimed d) {
        TripDocument photographed;
        SignedPost.Answer answer;
        try {
            photographed = document(d);
            answer = client.send(
                    d.eventId(), d.kind().name(), d.payload(), photographed == null ? null : photo(photographed));
        } catch (IOException e) {
            retryLater(d, null, e.toString(), null);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryLater(d, null, "interrupted", null);
            return false;
        }
        int status = answer.status();
        SignedPost.Verdict verdict = answer.verdict();
        if (verdict == SignedPost.Verdict.ACCEPTED) {
            Instant at = clock.instant();
            TripDocument doc = photographed;
            tx.executeWithoutResult(s -> {
                deliveries.delivered(d.id(), at, status, reference(answer.body()));
                if (doc != null) {
                    // The documentation norms may be measured to SKP's receipt: tell them, with the delivery.
                    events.publishEvent(new SkpDocumentDelivered(
                            d.tripId(),
                            doc.id(),
                            doc.step(),
                            deliveries.deliveredPhotos(d.tripId(), doc.step().name()),
                            at));
                }
            });
            return true;
        }
        String error = "SKP answered " + status + (answer.body().isBlank() ? "" : ": " + answer.body());
        if (verdict == SignedPost.Verdict.TRY_AGAIN) {
            retryLater(d, status, error, answer.retryAfter());
        } else {
            giveUp(d, status, error);
            log.warn("SKP refused {} ({}); the trip's later events wait until it is retried", d.eventId(), error);
        }
        return false;
    }

    private void retryLater(
            JdbcSkpDeliveries.Claimed d, @Nullable Integer status, String error, @Nullable String retryAfter) {
        boolean givingUp = properties.retries().exhausted(d.attempts());
        Duration wait = properties.retries().wait(d.attempts(), retryAfter);
        if (givingUp) {
            giveUp(d, status, error);
        } else {
            deliveries.failed(d.id(), false, clock.instant().plus(wait), status, error);
        }
        log.warn(
                "SKP delivery {} failed (attempt {}{}): {}",
                d.eventId(),
                d.attempts(),
                givingUp ? ", giving up" : "",
                error);
    }

    /** FAILED: the trip's later events wait, so the office's officers are told (with the delivery, in one transaction). */
    private void giveUp(JdbcSkpDeliveries.Claimed d, @Nullable Integer status, String error) {
        tx.executeWithoutResult(s -> {
            deliveries.failed(d.id(), true, clock.instant(), status, error);
            mail.failed(d, error);
        });
    }

    /** The photo a DOCUMENT_UPLOADED delivery carries, read once for the request and the norm event; null for trip events. */
    private @Nullable TripDocument document(JdbcSkpDeliveries.Claimed d) throws IOException {
        if (d.documentId() == null) {
            return null;
        }
        return documents
                .find(d.tripId(), d.documentId())
                .orElseThrow(() -> new IOException("document " + d.documentId() + " is gone"));
    }

    private SkpClient.Photo photo(TripDocument doc) throws IOException {
        try (InputStream in = files.open(doc.sha256())) {
            String extension = ContentTypes.PNG.equals(doc.contentType()) ? ".png" : ".jpg";
            return new SkpClient.Photo(doc.id() + extension, doc.contentType(), in.readAllBytes());
        }
    }

    private @Nullable String reference(String body) {
        try {
            JsonNode answer = json.readTree(body);
            String reference = answer.path("reference").asString("");
            return reference.isBlank() ? null : reference.substring(0, Math.min(200, reference.length()));
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
