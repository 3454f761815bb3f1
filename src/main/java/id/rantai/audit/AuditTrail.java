package id.rantai.audit;

import java.util.List;
import java.util.UUID;

public interface AuditTrail {
    /** Appends an entry; joins the caller's transaction. */
    void record(AuditRecord entry);

    /** Every entry about one subject, oldest first. Callers check that the viewer may see the subject. */
    List<AuditRecord> forSubject(UUID subjectId);
}
