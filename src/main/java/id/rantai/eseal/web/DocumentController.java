package id.rantai.eseal.web;

import id.rantai.eseal.document.DocumentStep;
import id.rantai.eseal.document.TripDocument;
import id.rantai.eseal.document.TripDocumentation;
import id.rantai.eseal.document.TripDocumentation.Upload;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.document.Download;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Installation and removal photos of a trip, uploaded as multipart/form-data. */
@RestController
@RequestMapping("/api/v1/trips/{id}/documents")
class DocumentController {
    private final TripDocumentation documentation;
    private final CurrentActor actor;

    DocumentController(TripDocumentation documentation, CurrentActor actor) {
        this.documentation = documentation;
        this.actor = actor;
    }

    /** Uploads an installation or removal photo (JPEG or PNG) with when and where it was taken. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TripDocument upload(
            @PathVariable UUID id,
            @RequestPart(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) DocumentStep step,
            @RequestParam(required = false) String takenAt,
            @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: a JPEG or PNG photo");
        }
        Instant taken = parseInstant(takenAt);
        try (InputStream in = file.getInputStream()) {
            return documentation.upload(
                    actor.get(), id, new Upload(step, taken, latitude, longitude, file.getOriginalFilename(), in));
        }
    }

    /** The trip's installation and removal photos, oldest first. */
    @GetMapping
    List<TripDocument> list(@PathVariable UUID id) {
        return documentation.list(actor.get(), id);
    }

    /** The bytes of one photo, as uploaded. */
    @GetMapping("/{documentId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable UUID documentId)
            throws IOException {
        TripDocument doc = documentation.get(actor.get(), id, documentId);
        String name = doc.fileName() == null ? doc.sha256() : doc.fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.contentType()))
                .contentLength(doc.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, Download.disposition(true, name))
                .header(HttpHeaders.ETAG, "\"" + doc.sha256() + "\"")
                .body(new InputStreamResource(documentation.open(doc)));
    }

    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("takenAt", "is required (ISO-8601 instant, e.g. 2026-11-24T03:15:00Z)");
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "takenAt", "must be an ISO-8601 date-time with offset, e.g. 2026-11-24T10:15:00+07:00");
        }
    }
}
