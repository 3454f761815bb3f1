package id.rantai.eseal.trip;

import id.rantai.eseal.trip.ApprovalDocumentTypes.DocumentType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The national approval document types (no office) and those each office added. */
@Repository
class JdbcApprovalDocumentTypes {
    private final JdbcClient jdbc;

    JdbcApprovalDocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentType> availableAt(@Nullable UUID officeId) {
        return jdbc.sql("SELECT * FROM approval_document_type WHERE office_id IS NULL OR office_id = ? ORDER BY code")
                .param(officeId)
                .query((rs, n) -> new DocumentType(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("office_id", UUID.class)))
                .list();
    }

    void insert(DocumentType type) {
        jdbc.sql("INSERT INTO approval_document_type (id, code, name, office_id) VALUES (?, ?, ?, ?)")
                .params(type.id(), type.code(), type.name(), type.officeId())
                .update();
    }
}
