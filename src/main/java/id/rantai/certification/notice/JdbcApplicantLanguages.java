package id.rantai.certification.notice;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The language each registration, request and complaint was made in, by its id. */
@Repository
class JdbcApplicantLanguages {
    private final JdbcClient jdbc;

    JdbcApplicantLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID subject, String language) {
        jdbc.sql("INSERT INTO cert_applicant_language (subject_id, language) VALUES (?, ?)")
                .params(subject, language)
                .update();
    }

    Optional<String> find(UUID subject) {
        return jdbc.sql("SELECT language FROM cert_applicant_language WHERE subject_id = ?")
                .param(subject)
                .query(String.class)
                .optional();
    }
}
