package id.rantai.aeo.assessment;

import id.rantai.identity.Organisation;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.identity.UserDirectory;
import id.rantai.notification.MailText;
import id.rantai.notification.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ReviewMail(Notifications notifications, UserDirectory users, Organisations organisations, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.organisations = organisations;
        this.messages = messages;
    }

    void submitted(Assessment a) {
        String company = name(a.organisationId());
        toReviewingOffice(
                a,
                key(a, "submitted"),
                "AEO_REVIEW_REQUESTED",
                MailText.with(messages)
                        .subject("mail.aeo.submitted.subject", company, a.round())
                        .paragraph("mail.aeo.submitted", company, a.round())
                        .fact("mail.aeo.assessment", a.id().toString()));
    }

    void clarificationRequested(Assessment a, String code, String comment) {
        send(
                a.organisationId(),
                company(a),
                key(a, "clarify:" + code),
                "AEO_CLARIFICATION_REQUESTED",
                MailText.with(messages)
                        .subject("mail.aeo.clarify.subject", code)
                        .paragraph("mail.aeo.clarify", a.round(), code)
                        .fact("mail.aeo.question", comment)
                        .paragraph("mail.aeo.answerInThread")
                        .fact("mail.aeo.assessment", a.id().toString()));
    }

    /** The company wrote in a criterion's thread: the reviewing office's officers read it. */
    void companyAnswered(Assessment a, String code, Comment c) {
        String company = name(a.organisationId());
        toReviewingOffice(
                a,
                key(a, "comment:" + c.id()),
                "AEO_COMPANY_ANSWERED",
                MailText.with(messages)
                        .subject("mail.aeo.answered.subject", code, company)
                        .paragraph("mail.aeo.answered", company, code, a.round())
                        .fact("mail.aeo.answer", c.body())
                        .fact("mail.aeo.assessment", a.id().toString()));
    }

    void decided(Assessment a) {
        boolean accepted = a.state() == AssessmentState.ACCEPTED;
        String outcome = accepted ? "mail.aeo.accepted" : "mail.aeo.returned";
        MailText mail = MailText.with(messages)
                .subject("mail.aeo.decided.subject", MailText.label(outcome), a.round())
                .paragraph("mail.aeo.decided", MailText.label(outcome), a.round());
        if (a.decisionNote() != null) {
            mail.fact("mail.aeo.note", a.decisionNote());
        }
        if (!accepted) {
            mail.paragraph("mail.aeo.reopened");
        }
        send(
                a.organisationId(),
                company(a),
                key(a, "decided"),
                "AEO_DECIDED",
                mail.fact("mail.aeo.assessment", a.id().toString()));
    }

    /** The officers of the office the assessment is filed with; none before it is filed with one. */
    private void toReviewingOffice(Assessment a, String key, String topic, MailText mail) {
        UUID office = a.customsOfficeId();
        if (office != null) {
            send(office, users.withRole(office, Role.CUSTOMS_OFFICER), key, topic, mail);
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

    private void send(UUID organisation, List<UserDirectory.Contact> people, String key, String topic, MailText mail) {
        notifications.queueEach(organisation, key, topic, people, mail.subject(), mail.body());
    }
}
