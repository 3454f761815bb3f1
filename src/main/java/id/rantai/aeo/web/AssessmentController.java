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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Assessment start(@Valid @RequestBody SelfAssessments.Start body) {
        return self.start(actor.get(), body);
    }

    @GetMapping
    List<Assessment> list() {
        return self.list(actor.get());
    }

    @GetMapping("/{id}")
    AssessmentView get(@PathVariable UUID id) {
        return self.view(actor.get(), id);
    }

    @PutMapping("/{id}/profile")
    Assessment profile(@PathVariable UUID id, @Valid @RequestBody Profile body) {
        return self.profile(actor.get(), id, body.smallMediumEnterprise(), body.reeferContainers());
    }

    @PutMapping("/{id}/answers/{code}")
    Answer answer(
            @PathVariable UUID id, @PathVariable String code, @Valid @RequestBody SelfAssessments.AnswerInput body) {
        return self.answer(actor.get(), id, code, body);
    }

    @GetMapping("/{id}/answers/{code}/history")
    List<Answer> history(@PathVariable UUID id, @PathVariable String code) {
        return self.history(actor.get(), id, code);
    }

    @PostMapping("/{id}/submit")
    Assessment submit(@PathVariable UUID id) {
        return self.submit(actor.get(), id);
    }

    @PostMapping("/{id}/reviews/{code}")
    ReviewVerdict review(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody Review body) {
        return review.review(actor.get(), id, code, body.verdict(), body.comment());
    }

    @PostMapping("/{id}/comments/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody NewComment body) {
        return review.comment(actor.get(), id, code, body.body());
    }

    @GetMapping("/{id}/comments")
    List<Comment> comments(@PathVariable UUID id) {
        return review.comments(actor.get(), id);
    }

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

    @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return Download.pdf("aeo-assessment-" + id + ".pdf", report.pdf(actor.get(), id, locale));
    }

    @GetMapping(path = "/{id}/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
        AssessmentView v = self.view(actor.get(), id);
        return SheetWriter.csvDownload(AssessmentCsv.sheet(v, new Labels(messages, locale)), "aeo-assessment-" + id);
    }

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
