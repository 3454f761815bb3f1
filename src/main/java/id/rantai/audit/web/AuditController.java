package id.rantai.audit.web;

import id.rantai.audit.AuditRecord;
import id.rantai.audit.AuditTrail;
import id.rantai.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole trail by subject, for platform administrators. Modules serve their own subjects' trails to tenants. */
@RestController
class AuditController {
    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * The audit trail of one subject (a trip, a seal, a certificate...), oldest first. Platform administrators only.
     */
    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<List<AuditRecord>> bySubject(
            @RequestParam UUID subjectId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(trail.forSubject(subjectId, paging.limit(), paging.offset()), request);
    }
}
