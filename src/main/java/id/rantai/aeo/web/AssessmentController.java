package id.rantai.aeo.web;

import id.rantai.aeo.assessment.Answer;
import id.rantai.aeo.assessment.Assessment;
import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.assessment.Comment;
import id.rantai.aeo.assessment.CustomsReview;
import id.rantai.aeo.assessment.OfficeRanking;
import id.rantai.aeo.assessment.ReviewVerdict;
import id.rantai.aeo.assessment.SelfAssessments;
import id.rantai.aeo.report.AssessmentCsv;
import id.rantai.aeo.report.AssessmentReport;
import id.rantai.aeo.report.EvidencePack;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisations;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.document.Download;
import id.rantai.shared.export.Labels;
import id.rantai.shared.export.SheetWriter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** AEO self-assessments: the company answers and submits; customs reviews and decides. */
@RestController
@RequestMapping("/api/v1/aeo/assessments")
class AssessmentController {
    private final SelfAssessments self;
    private final CustomsReview review;
    private final EvidencePack pack;
    private final AssessmentReport report;
    private final MessageSource messages;
    private final OfficeRanking ranking;
    private final Organisations organisations;
    private final CurrentActor actor;

    AssessmentController(
            SelfAssessments self,
            CustomsReview review,
            EvidencePack pack,
            AssessmentReport report,
            MessageSource messages,
            OfficeRanking ranking,
            Organisations organisations,
            CurrentActor actor) {
        this.pack = pack;
        this.report = report;
        this.messages = messages;
        this.ranking = ranking;
        this.self = self;
        this.review = review;
        this.organisations = organisations;
        this.actor = actor;
    }

    record Profile(boolean smallMediumEnterprise, boolean reeferContainers) {}

    record Review(ReviewVerdict verdict, @Size(max = 4000) String comment) {}

    record NewComment(@Size(max = 4000) String body) {}

    record Decision(Boolean accept, @Size(max = 4000) String note) {}

    /**
     * Starts a self-assessment on the published framework version named, or the configured one's latest. The company's
     * compliance officer.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Assessment start(@Valid @RequestBody SelfAssessments.Start body) {
        return self.start(actor.get(), body);
    }

    /** The self-assessments the caller may see: the company's own, or those filed with the customs office. */
    @GetMapping
    List<Assessment> list() {
        return self.list(actor.get());
    }

    /** One self-assessment with every requirement, its answer, evidence, score and customs' verdict. */
    @GetMapping("/{id}")
    AssessmentView get(@PathVariable UUID id) {
        return self.view(actor.get(), id);
    }

    /** Records the company's profile on the assessment while it is being filled in. */
    @PutMapping("/{id}/profile")
    Assessment profile(@PathVariable UUID id, @Valid @RequestBody Profile body) {
        return self.profile(actor.get(), id, body.smallMediumEnterprise(), body.reeferContainers());
    }

    /**
     * Answers one requirement (status, explanation, cited evidence) while the assessment is a draft or returned. Each
     * answer is kept in its history.
     */
    @PutMapping("/{id}/answers/{code}")
    Answer answer(
            @PathVariable UUID id, @PathVariable String code, @Valid @RequestBody SelfAssessments.AnswerInput body) {
        return self.answer(actor.get(), id, code, body);
    }

    /** Every answer given to one requirement, oldest first, with who gave it and in which round. */
    @GetMapping("/{id}/answers/{code}/history")
    List<Answer> history(@PathVariable UUID id, @PathVariable String code) {
        return self.history(actor.get(), id, code);
    }

    /** Submits the assessment to customs for review; refused (409) while a required answer is missing. */
    @PostMapping("/{id}/submit")
    Assessment submit(@PathVariable UUID id) {
        return self.submit(actor.get(), id);
    }

    /** Customs' verdict on one requirement of a submitted assessment: accepted, or returned with a reason. */
    @PostMapping("/{id}/reviews/{code}")
    ReviewVerdict review(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody Review body) {
        return review.review(actor.get(), id, code, body.verdict(), body.comment());
    }

    /** Adds a comment to one requirement, from the company or from customs. */
    @PostMapping("/{id}/comments/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody NewComment body) {
        return review.comment(actor.get(), id, code, body.body());
    }

    /** Every comment on the assessment, oldest first. */
    @GetMapping("/{id}/comments")
    List<Comment> comments(@PathVariable UUID id) {
        return review.comments(actor.get(), id);
    }

    /** Customs' decision on the round: accept the assessment, or return it to the company for rework. */
    @PostMapping("/{id}/decision")
    Assessment decide(@PathVariable UUID id, @Valid @RequestBody Decision body) {
        if (body.accept() == null) {
            throw new InvalidInputException("accept", "is required: true to accept, false to return");
        }
        return review.decide(actor.get(), id, body.accept(), body.note());
    }

    /** A submitted round as frozen at submission. */
    @GetMapping("/{id}/rounds/{round}")
    CustomsReview.Round round(@PathVariable UUID id, @PathVariable int round) {
        return review.round(actor.get(), id, round);
    }

    /** What changed in the answers since the previous round. */
    @GetMapping("/{id}/changes")
    List<CustomsReview.Change> changes(@PathVariable UUID id) {
        return review.changes(actor.get(), id);
    }

    /** The assessment report as PDF/A, in the reader's language. */
    @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return Download.pdf("aeo-assessment-" + id + ".pdf", report.pdf(actor.get(), id, locale));
    }

    /** The assessment as CSV (UTF-8 with BOM), one row per requirement. */
    @GetMapping(path = "/{id}/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
        AssessmentView v = self.view(actor.get(), id);
        return SheetWriter.csvDownload(AssessmentCsv.sheet(v, new Labels(messages, locale)), "aeo-assessment-" + id);
    }

    /** The assessment as an Excel workbook, one row per requirement. */
    @GetMapping(path = "/{id}/report.xlsx", produces = SheetWriter.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
        AssessmentView v = self.view(actor.get(), id);
        return SheetWriter.xlsxDownload("aeo-assessment-" + id, AssessmentCsv.sheet(v, new Labels(messages, locale)));
    }

    /** A ZIP with an HTML index and every cited evidence file, named by criterion. */
    @GetMapping(path = "/{id}/evidence-pack.zip", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> evidencePack(@PathVariable UUID id, Locale locale) {
        AssessmentView v = self.view(actor.get(), id);
        String company = companyName(v);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("aeo-evidence-" + id + ".zip"))
                .body(out -> pack.write(v, company, locale, out));
    }

    /** Customs: the companies under the office, ranked by their latest submitted assessment. */
    @GetMapping("/ranking")
    List<OfficeRanking.Entry> ranking(@RequestParam(required = false) UUID officeId) {
        return ranking.rank(actor.get(), officeId);
    }

    private String companyName(AssessmentView v) {
        return organisations
                .find(v.assessment().organisationId())
                .map(o -> o.name())
                .orElse("?");
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
