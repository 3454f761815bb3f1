package id.rantai.training.delivery;

import id.rantai.shared.document.DocumentRenderer;
import id.rantai.shared.document.Letterhead;
import id.rantai.shared.document.PrintedDocument;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.employee.Employee;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A one-page completion certificate (A4 landscape) for a passed completion, on the company's letterhead. */
@Component
public class CompletionCertificate {
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    CompletionCertificate(DocumentRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    public byte[] pdf(String company, Employee employee, Topic topic, Completion completion, Locale locale) {
        return renderer.pdf(PrintedDocument.of(
                        "training/documents/completion-certificate",
                        locale,
                        Letterhead.company(company),
                        messages.getMessage("trainingdoc.certificate.title", null, locale))
                .numbered(completion.id().toString().substring(0, 8).toUpperCase(Locale.ROOT))
                .inLandscape()
                .with("employee", employee)
                .with("topic", topic)
                .with("completion", completion));
    }
}
