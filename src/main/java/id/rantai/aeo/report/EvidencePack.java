package id.rantai.aeo.report;

import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.aeo.evidence.EvidenceRevision;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The evidence pack a company hands to a validator: a ZIP with {@code index.html} (every answered
 * criterion, its status and its evidence, linking to the files) and each cited file, in its latest
 * revision, under the code of the criterion that cites it. Streamed, so a large pack is not held
 * in memory.
 */
@Component
public class EvidencePack {
    private final EvidenceLibrary library;

    EvidencePack(EvidenceLibrary library) {
        this.library = library;
    }

    public void write(AssessmentView v, String companyName, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        Map<UUID, EvidenceRevision> latest = new HashMap<>();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("AEO evidence — " + companyName))
                .append("</title></head><body><h1>")
                .append(esc("AEO evidence — " + companyName))
                .append("</h1><p>")
                .append(esc(v.titleId()))
                .append("</p><p>")
                .append(esc("Framework " + v.frameworkKey() + " " + v.frameworkVersion() + ", state "
                        + v.assessment().state() + ", round " + v.assessment().round()))
                .append("</p><table border=\"1\"><tr><th>Criterion</th><th>Status</th><th>Evidence</th></tr>");
        for (AssessmentView.Node n : v.criteria()) {
            if (n.evidence().isEmpty()) {
                continue;
            }
            html.append("<tr><td>")
                    .append(esc(n.criterion().code() + " " + n.criterion().textId()))
                    .append("</td><td>")
                    .append(n.status())
                    .append("</td><td><ul>");
            for (AssessmentView.EvidenceRef e : n.evidence()) {
                html.append("<li>");
                if (e.kind().equals(Evidence.EvidenceKind.FILE.name())) {
                    EvidenceRevision r = latest.computeIfAbsent(e.id(), id -> last(library.revisions(id)));
                    String path = n.criterion().code() + "/" + fileName(e.title(), r);
                    zip.putNextEntry(new ZipEntry(path));
                    try (InputStream in = library.open(r.sha256())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    html.append("<a href=\"")
                            .append(esc(path))
                            .append("\">")
                            .append(esc(e.title()))
                            .append("</a>")
                            .append(esc(" (revision " + r.revision() + ", SHA-256 " + r.sha256() + ")"));
                } else {
                    html.append(esc(e.title() + " (a record in Rantai)"));
                }
                html.append(esc(", effective " + e.effectiveDate()
                                + (e.expiryDate() == null ? "" : ", expires " + e.expiryDate())))
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
