package id.rantai.audit;

import id.rantai.shared.Page;
import java.util.List;
import java.util.UUID;

public interface AuditTrail {
    /** Appends an entry; joins the caller's transaction. */
    void record(AuditRecord entry);

    /** Every entry about one subject, oldest first. Callers check that the viewer may see the subject. */
    List<AuditRecord> forSubject(UUID subjectId);

    /** One page of the entries about one subject, oldest first, and how many there are. */
    Page<AuditRecord> forSubject(UUID subjectId, int limit, int offset);
}
