package id.rantai.aeo.assessment;

import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a review that it is their turn: the office's customs officers when a
 * company submits or answers in a criterion's thread, the company (whoever started the assessment
 * and its compliance officers) when an officer asks for clarification or decides. Queued in the transaction of the step, once per step
 * and person.
 */
@Component
class ReviewMail {
    private final Notifications notifications;
    private final UserDirectory users;
    private final Organisations organisations;

    ReviewMail(Notifications notifications, UserDirectory users, Organisations organisations) {
        this.notifications = notifications;
        this.users = users;
        this.organisations = organisations;
    }

    void submitted(Assessment a) {
        String company = name(a.organisationId());
        toReviewingOffice(
                a,
                key(a, "submitted"),
                "AEO_REVIEW_REQUESTED",
                "AEO self-assessment to review: " + company + " (round " + a.round() + ")",
                company + " has submitted its AEO self-assessment (round " + a.round() + ") for review.\n"
                        + "Answers are locked until you decide; the changes since the previous round are listed with it.\n\n"
                        + "Assessment: " + a.id());
    }

    void clarificationRequested(Assessment a, String code, String comment) {
        send(
                a.organisationId(),
                company(a),
                key(a, "clarify:" + code),
                "AEO_CLARIFICATION_REQUESTED",
                "AEO criterion " + code + ": customs asks for clarification",
                "The customs officer reviewing your AEO self-assessment (round " + a.round()
                        + ") asks for clarification on " + "criterion " + code + ":\n\n" + comment
                        + "\n\nAnswer in the criterion's thread.\n\nAssessment: " + a.id());
    }

    /** The company wrote in a criterion's thread: the reviewing office's officers read it. */
    void companyAnswered(Assessment a, String code, Comment c) {
        String company = name(a.organisationId());
        toReviewingOffice(
                a,
                key(a, "comment:" + c.id()),
                "AEO_COMPANY_ANSWERED",
                "AEO criterion " + code + ": " + company + " answered",
                company + " wrote on criterion " + code + " of its AEO self-assessment (round " + a.round() + "):\n\n"
                        + c.body() + "\n\nAssessment: " + a.id());
    }

    void decided(Assessment a) {
        boolean accepted = a.state() == AssessmentState.ACCEPTED;
        send(
                a.organisationId(),
                company(a),
                key(a, "decided"),
                "AEO_DECIDED",
                "AEO self-assessment " + (accepted ? "accepted" : "returned for rework") + " (round " + a.round() + ")",
                "Customs has " + (accepted ? "accepted" : "returned for rework") + " your AEO self-assessment (round "
                        + a.round() + ")." + (a.decisionNote() == null ? "" : "\n\n" + a.decisionNote())
                        + (accepted
                                ? ""
                                : "\n\nThe answers are open again; gaps and their actions are in the action plan.")
                        + "\n\nAssessment: " + a.id());
    }

    /** The officers of the office the assessment is filed with; none before it is filed with one. */
    private void toReviewingOffice(Assessment a, String key, String topic, String subject, String text) {
        UUID office = a.customsOfficeId();
        if (office != null) {
            send(office, users.withRole(office, Role.CUSTOMS_OFFICER), key, topic, subject, text);
        }
    }

    /** Whoever started the assessment, and the company's compliance officers. */
    private List<UserDirectory.Contact> company(Assessment a) {
        List<UserDirectory.Contact> people = new ArrayList<>();
        users.contact(a.createdBy()).ifPresent(people::add);
        people.addAll(users.withRole(a.organisationId(), Role.COMPLIANCE_OFFICER));
        return people;
    }

    private static String key(Assessment a, String step) {
        return "aeo-review:" + a.id() + ":" + a.round() + ":" + step;
    }

    private String name(UUID organisation) {
        return organisations.find(organisation).map(Organisation::name).orElse(organisation.toString());
    }

    private void send(
            UUID organisation,
            List<UserDirectory.Contact> people,
            String key,
            String topic,
            String subject,
            String text) {
        notifications.queueEach(organisation, key, topic, people, subject, text);
    }
}
