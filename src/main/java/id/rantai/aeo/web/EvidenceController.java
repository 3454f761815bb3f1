package id.rantai.aeo.web;

import id.rantai.aeo.assessment.SelfAssessments;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.aeo.evidence.EvidenceLibrary.Dates;
import id.rantai.aeo.evidence.EvidenceRevision;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.document.Download;
import id.rantai.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A company's evidence library: files (multipart, PDF/JPEG/PNG) with revisions, and links to Rantai records. */
@RestController
@RequestMapping("/api/v1/aeo/evidence")
class EvidenceController {
    private final EvidenceLibrary library;
    private final SelfAssessments self;
    private final CurrentActor actor;

    EvidenceController(EvidenceLibrary library, SelfAssessments self, CurrentActor actor) {
        this.library = library;
        this.self = self;
        this.actor = actor;
    }

    record Link(
            @Size(max = 300) String title,
            LocalDate effectiveDate,
            LocalDate expiryDate,
            @Size(max = 32) String linkType,
            UUID linkId) {}

    record Detail(Evidence evidence, List<EvidenceRevision> revisions) {}

    /** Uploads a piece of evidence (a file with title and validity dates) to the company's evidence library. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Evidence upload(
            @RequestPart(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String effectiveDate,
            @RequestParam(required = false) String expiryDate)
            throws IOException {
        requireFile(file);
        try (InputStream in = file.getInputStream()) {
            return library.addFile(
                    actor.get(), title, dates(effectiveDate, expiryDate), file.getOriginalFilename(), in);
        }
    }

    /** Adds a new revision of a piece of evidence; earlier revisions stay readable. */
    @PostMapping(path = "/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Evidence revise(
            @PathVariable UUID id,
            @RequestPart(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String effectiveDate,
            @RequestParam(required = false) String expiryDate)
            throws IOException {
        requireFile(file);
        try (InputStream in = file.getInputStream()) {
            return library.addRevision(
                    actor.get(), id, dates(effectiveDate, expiryDate), file.getOriginalFilename(), in);
        }
    }

    /** Records a link to a record Rantai already keeps (a training report, a trip's documentation) as evidence. */
    @PostMapping(path = "/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Evidence link(@Valid @RequestBody Link body) {
        return library.addLink(
                actor.get(),
                body.title(),
                new Dates(body.effectiveDate(), body.expiryDate()),
                body.linkType(),
                body.linkId());
    }

    /** A page of the company's evidence by title (limit, offset, X-Total-Count, Link). */
    @GetMapping
    ResponseEntity<List<Evidence>> list(
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(library.page(actor.get(), paging.limit(), paging.offset()), request);
    }

    /** Evidence expiring within the warning window, or expired. */
    @GetMapping("/expiring")
    List<Evidence> expiring() {
        return library.expiring(actor.get());
    }

    /** One piece of evidence with its revisions and the requirements that cite it. */
    @GetMapping("/{id}")
    Detail get(@PathVariable UUID id) {
        return new Detail(readable(id), library.revisions(id));
    }

    /** The file of one revision of a piece of evidence. */
    @GetMapping("/{id}/revisions/{revision}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable int revision) {
        readable(id);
        EvidenceRevision r = library.revisions(id).stream()
                .filter(x -> x.revision() == revision)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Evidence revision", id + "/" + revision));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(r.contentType()))
                .contentLength(r.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, Download.disposition(false, r.filename()))
                .body(new InputStreamResource(library.open(r.sha256())));
    }

    /** The company's own evidence, or evidence a submitted assessment under the officer's office cites. */
    private Evidence readable(UUID id) {
        var a = actor.get();
        return self.mayReview(a, id) ? library.get(id) : library.visible(a, id);
    }

    private static void requireFile(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: a PDF, JPEG or PNG");
        }
    }

    private static Dates dates(@Nullable String effective, @Nullable String expiry) {
        return new Dates(date(effective, "effectiveDate"), date(expiry, "expiryDate"));
    }

    private static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-01-31");
        }
    }
}
