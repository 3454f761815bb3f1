package id.rantai.aeo.report;

import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.aeo.evidence.EvidenceRevision;
import id.rantai.shared.document.DocumentFormats;
import id.rantai.shared.time.OfficeTimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The evidence pack a company hands to a validator: a ZIP with {@code index.html} (every answered
 * criterion, its status and its evidence, linking to the files) and each cited file once, in its
 * latest revision, under {@code evidence/} — a policy cited by sixty items is one file sixty links
 * point to. Headings and states in the reader's language. Streamed, so a large pack is not held in
 * memory.
 */
@Component
public class EvidencePack {
    private final EvidenceLibrary library;
    private final MessageSource messages;

    EvidencePack(EvidenceLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    public void write(AssessmentView v, String companyName, Locale locale, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        DocumentFormats fmt = new DocumentFormats(locale, OfficeTimeZone.WIB);
        Map<UUID, EvidenceRevision> latest = new HashMap<>();
        Map<UUID, String> stored = new HashMap<>();
        Set<String> paths = new HashSet<>();
        String title = text(locale, "aeodoc.pack.title", companyName);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title></head><body><h1>")
                .append(esc(title))
                .append("</h1><p>")
                .append(esc(v.titleId()))
                .append("</p><p>")
                .append(esc(text(
                        locale,
                        "aeodoc.pack.about",
                        v.frameworkKey() + " " + v.frameworkVersion(),
                        text(locale, "aeo.state." + v.assessment().state().name()),
                        v.assessment().round())))
                .append("</p><table border=\"1\"><tr><th>")
                .append(esc(text(locale, "aeodoc.code")))
                .append("</th><th>")
                .append(esc(text(locale, "aeodoc.status")))
                .append("</th><th>")
                .append(esc(text(locale, "aeodoc.evidence")))
                .append("</th></tr>");
        for (AssessmentView.Node n : v.criteria()) {
            if (n.evidence().isEmpty()) {
                continue;
            }
            html.append("<tr><td>")
                    .append(esc(n.criterion().code() + " " + n.criterion().textId()))
                    .append("</td><td>")
                    .append(esc(text(locale, "aeo.status." + n.status().name())))
                    .append("</td><td><ul>");
            for (AssessmentView.EvidenceRef e : n.evidence()) {
                html.append("<li>");
                if (e.kind().equals(Evidence.EvidenceKind.FILE.name())) {
                    EvidenceRevision r = latest.computeIfAbsent(e.id(), id -> last(library.revisions(id)));
                    String path = stored.get(e.id());
                    if (path == null) {
                        path = unique(paths, "evidence/" + fileName(e.title(), r));
                        stored.put(e.id(), path);
                        zip.putNextEntry(new ZipEntry(path));
                        try (InputStream in = library.open(r.sha256())) {
                            in.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                    html.append("<a href=\"")
                            .append(esc(path))
                            .append("\">")
                            .append(esc(e.title()))
                            .append("</a>")
                            .append(esc(" (" + text(locale, "aeodoc.revision") + " " + r.revision() + ", SHA-256 "
                                    + r.sha256() + ")"));
                } else {
                    html.append(esc(e.title() + " (" + text(locale, "aeodoc.pack.record") + ")"));
                }
                html.append(esc(", " + text(locale, "aeodoc.effective") + " " + fmt.date(e.effectiveDate())
                                + (e.expiryDate() == null
                                        ? ""
                                        : ", " + text(locale, "aeodoc.expires") + " " + fmt.date(e.expiryDate()))))
                        .append("</li>");
            }
            html.append("</ul></td></tr>");
        }
        html.append("</table></body></html>");
        zip.putNextEntry(new ZipEntry("index.html"));
        zip.write(html.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** Two evidences with the same title and revision number keep apart in the archive. */
    private static String unique(Set<String> paths, String path) {
        String candidate = path;
        for (int n = 2; !paths.add(candidate); n++) {
            int dot = path.lastIndexOf('.');
            candidate = dot > path.lastIndexOf('/')
                    ? path.substring(0, dot) + "-" + n + path.substring(dot)
                    : path + "-" + n;
        }
        return candidate;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static EvidenceRevision last(List<EvidenceRevision> revisions) {
        return revisions.get(revisions.size() - 1);
    }

    /** A safe name inside the archive: the title's letters and digits, the revision and the type's extension. */
    static String fileName(String title, EvidenceRevision r) {
        String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "evidence";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        String ext = switch (r.contentType()) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
        return base + "-rev" + r.revision() + ext;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
