package id.rantai.training.web;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.Paging;
import id.rantai.training.compliance.ComplianceViews;
import id.rantai.training.delivery.Completion;
import id.rantai.training.delivery.TrainingRecords;
import id.rantai.training.employee.EmployeeDirectory;
import id.rantai.training.employee.EmployeeImport;
import id.rantai.training.employee.EmployeeInput;
import id.rantai.training.employee.ImportJob;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

/** Employees: one at a time, or many from a CSV file imported in the background. */
@RestController
@RequestMapping("/api/v1/training")
class EmployeeController {
    private final EmployeeDirectory directory;
    private final EmployeeImport imports;
    private final ComplianceViews views;
    private final TrainingRecords records;
    private final CurrentActor actor;

    EmployeeController(
            EmployeeDirectory directory,
            EmployeeImport imports,
            ComplianceViews views,
            TrainingRecords records,
            CurrentActor actor) {
        this.directory = directory;
        this.imports = imports;
        this.views = views;
        this.records = records;
        this.actor = actor;
    }

    /** A page of employees by employee number (see "The API document": limit, offset, X-Total-Count, Link). */
    @GetMapping("/employees")
    ResponseEntity<List<EmployeeDirectory.EmployeeView>> list(
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(directory.page(actor.get(), paging.limit(), paging.offset()), request);
    }

    /** Creates or updates the employee with this employee number. */
    @PostMapping("/employees")
    EmployeeDirectory.EmployeeView save(@Valid @RequestBody EmployeeInput body) {
        return directory.save(actor.get(), body);
    }

    /** The employee with every topic's status and requirement periods. */
    @GetMapping("/employees/{id}")
    ComplianceViews.EmployeeCompliance get(@PathVariable UUID id) {
        return views.employee(actor.get(), id);
    }

    /** One employee's completions, newest first. */
    @GetMapping("/employees/{id}/completions")
    List<Completion> completions(@PathVariable UUID id) {
        return records.ofEmployee(actor.get(), id);
    }

    /** The file as a multipart part {@code file}; answers 202 with the import, and its address to follow it. */
    @PostMapping(path = "/employees/import", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportJob> importCsv(@RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: a CSV file");
        }
        ImportJob job = imports.start(actor.get(), file.getBytes());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/training/imports/" + job.id()))
                .body(job);
    }

    /** The organisation's latest imports, the newest first. */
    @GetMapping("/imports")
    List<ImportJob.Summary> importList() {
        return imports.recent(actor.get());
    }

    /** One employee import: its progress, counts and refused rows. */
    @GetMapping("/imports/{id}")
    ImportJob importStatus(@PathVariable UUID id) {
        return imports.status(actor.get(), id);
    }
}
