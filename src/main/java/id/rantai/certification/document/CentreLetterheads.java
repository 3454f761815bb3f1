package id.rantai.certification.document;

import id.rantai.audit.AuditTrail;
import id.rantai.certification.CertificationAccess;
import id.rantai.certification.CertificationProperties;
import id.rantai.identity.Actor;
import id.rantai.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letterhead each training centre's documents carry. A centre sets its own (a regional training
 * centre is not the customs training centre in Jakarta); until it does, its documents carry the one
 * configured for the deployment ({@code rantai.certification.letterhead}). Set by the centre's head,
 * who signs what is printed under it.
 */
@Component
public class CentreLetterheads {
    static final int MAX_LINES = 5;
    static final int MAX_LINE = 120;
    static final int MAX_ADDRESS = 300;
    static final int MAX_PLACE = 60;
    static final int MAX_POSITION = 150;

    private final JdbcCentreLetterheads store;
    private final CertificationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CentreLetterheads(JdbcCentreLetterheads store, CertificationProperties properties, AuditTrail audit, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a centre's letterhead says, and whether the centre set it or it is the deployment's. */
    public record Current(CertificationProperties.Letterhead letterhead, boolean own) {}

    /** The letterhead of a centre's documents; the deployment's for a record older than centres (no centre). */
    public CertificationProperties.Letterhead of(@Nullable UUID centre) {
        return centre == null ? properties.letterhead() : current(centre).letterhead();
    }

    public Current current(UUID centre) {
        return store.find(centre)
                .map(l -> new Current(l, true))
                .orElseGet(() -> new Current(properties.letterhead(), false));
    }

    /** The actor's own centre's letterhead. */
    public Current ofActor(Actor actor) {
        return current(CertificationAccess.centreOf(actor));
    }

    /**
     * Sets the head's centre's letterhead, every field checked and every finding listed.
     *
     * @param lines from the ministry down to the centre, one to five, the last printed largest
     */
    @Transactional
    public Current set(
            Actor actor,
            @Nullable List<String> lines,
            @Nullable String address,
            @Nullable String place,
            @Nullable String headPosition) {
        CertificationAccess.head(actor);
        UUID centre = CertificationAccess.centreOf(actor);
        List<InvalidInputException> findings = new ArrayList<>();
        List<String> checkedLines = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            findings.add(InvalidInputException.worded("lines", "itemsBetween", 1, MAX_LINES));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                String line = oneLine(lines.get(i), "lines[" + i + "]", MAX_LINE, true, findings);
                checkedLines.add(line == null ? "" : line);
            }
        }
        String checkedAddress = oneLine(address, "address", MAX_ADDRESS, false, findings);
        String checkedPlace = oneLine(place, "place", MAX_PLACE, true, findings);
        String checkedPosition = oneLine(headPosition, "headPosition", MAX_POSITION, true, findings);
        if (!findings.isEmpty()) {
            throw InvalidInputException.all(findings);
        }
        CertificationProperties.Letterhead letterhead = new CertificationProperties.Letterhead(
                List.copyOf(checkedLines), checkedAddress, checkedPlace, checkedPosition);
        store.save(centre, letterhead, clock.instant(), actor.userId());
        audit.record(actor.auditEntry(
                clock.instant(), "LETTERHEAD_SET", "TrainingCentre", centre, String.join(" / ", checkedLines)));
        return new Current(letterhead, true);
    }

    /** Goes back to the deployment's letterhead. */
    @Transactional
    public Current reset(Actor actor) {
        CertificationAccess.head(actor);
        UUID centre = CertificationAccess.centreOf(actor);
        store.remove(centre);
        audit.record(actor.auditEntry(clock.instant(), "LETTERHEAD_RESET", "TrainingCentre", centre, null));
        return current(centre);
    }

    /** The text trimmed, on one line (each is printed as one), or null with a finding when it is not fit. */
    private static @Nullable String oneLine(
            @Nullable String value, String field, int max, boolean required, List<InvalidInputException> findings) {
        if (value == null || value.isBlank()) {
            if (required) {
                findings.add(InvalidInputException.worded(field, "requiredText", max));
            }
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            findings.add(InvalidInputException.worded(field, "tooLong", max));
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            findings.add(InvalidInputException.worded(field, "oneLine"));
        }
        return trimmed;
    }
}
