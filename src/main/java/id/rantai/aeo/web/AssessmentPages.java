package id.rantai.aeo.web;

import id.rantai.aeo.AeoCompanies;
import id.rantai.aeo.AeoProperties;
import id.rantai.aeo.assessment.Answer;
import id.rantai.aeo.assessment.AnswerStatus;
import id.rantai.aeo.assessment.Assessment;
import id.rantai.aeo.assessment.AssessmentState;
import id.rantai.aeo.assessment.AssessmentView;
import id.rantai.aeo.assessment.Comment;
import id.rantai.aeo.assessment.CustomsReview;
import id.rantai.aeo.assessment.OfficeRanking;
import id.rantai.aeo.assessment.ReviewVerdict;
import id.rantai.aeo.assessment.RoundAnswer;
import id.rantai.aeo.assessment.SelfAssessments;
import id.rantai.aeo.evidence.Evidence;
import id.rantai.aeo.evidence.EvidenceLibrary;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import id.rantai.shared.web.RefusalTexts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The AEO self-assessment in the console, for the company and its reviewing customs office: the
 * assessments; one assessment as the framework's tree — groups, criteria, items and points, each
 * with its status, score, evidence and review, and the "dan", "dan/atau", "atau" logic between
 * children spelled out; a criterion's page to answer it with a narrative and evidence (uploaded
 * there or picked from the library, with revision and expiry), its clarification thread, and the
 * officer's verdict; submission with what is still missing listed; and the review page with the
 * changes between rounds side by side and the decision.
 */
@Controller
@ConsolePage
@RequestMapping("/console/aeo")
class AssessmentPages {
    private final SelfAssessments self;
    private final CustomsReview review;
    private final OfficeRanking ranking;
    private final EvidenceLibrary library;
    private final Organisations organisations;
    private final AeoProperties properties;
    private final CurrentActor actor;

    AssessmentPages(
            SelfAssessments self,
            CustomsReview review,
            OfficeRanking ranking,
            EvidenceLibrary library,
            Organisations organisations,
            AeoProperties properties,
            CurrentActor actor) {
        this.self = self;
        this.review = review;
        this.ranking = ranking;
        this.library = library;
        this.organisations = organisations;
        this.properties = properties;
        this.actor = actor;
    }

    /** An assessment in the list, with the company's name. */
    record Row(Assessment assessment, String company) {}

    /** A node of the tree with its children, in the framework's order. */
    record Branch(AssessmentView.Node node, List<Branch> children) {}

    /** A library entry as the picker shows it: checked when the answer cites it. */
    record Pick(Evidence evidence, String expiryState, boolean cited) {}

    /** An answer as typed on a criterion's page. */
    record AnswerForm(
            @Nullable AnswerStatus status,
            @Nullable String narrative,
            @Nullable String justification,
            @Nullable String responsiblePerson) {}

    @GetMapping
    String list(Model model) {
        Actor a = actor.get();
        List<Row> rows = self.list(a).stream()
                .map(x -> new Row(
                        x,
                        organisations
                                .find(x.organisationId())
                                .map(o -> o.name())
                                .orElse("—")))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("mayStart", AeoCompanies.isCompany(a));
        model.addAttribute("ranks", a.has(Role.CUSTOMS_OFFICER) && a.isOfKind(OrganisationKind.CUSTOMS_OFFICE));
        model.addAttribute("refusal", null);
        return "aeo/assessments";
    }

    /** Customs: the companies under the office, ranked by their latest submitted assessment. */
    @GetMapping("/ranking")
    String ranking(Model model) {
        model.addAttribute("entries", ranking.rank(actor.get(), null));
        return "aeo/ranking";
    }

    @PostMapping("/assessments")
    String start(
            @RequestParam(defaultValue = "false") boolean smallMediumEnterprise,
            @RequestParam(defaultValue = "false") boolean reeferContainers) {
        Assessment a =
                self.start(actor.get(), new SelfAssessments.Start(null, smallMediumEnterprise, reeferContainers, null));
        return "redirect:/console/aeo/assessments/" + a.id();
    }

    // --- the tree ---------------------------------------------------------------------------

    @GetMapping("/assessments/{id}")
    String tree(@PathVariable UUID id, Model model) {
        return treePage(model, id, null);
    }

    /** Submitted: on to customs; refused: the tree again with every unanswered item listed and linked. */
    @PostMapping("/assessments/{id}/submit")
    String submit(@PathVariable UUID id, Model model) {
        try {
            self.submit(actor.get(), id);
            return "redirect:/console/aeo/assessments/" + id + "?submitted";
        } catch (InvalidInputException e) {
            return treePage(model, id, "missing");
        }
    }

    @PostMapping("/assessments/{id}/profile")
    String profile(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean smallMediumEnterprise,
            @RequestParam(defaultValue = "false") boolean reeferContainers) {
        self.profile(actor.get(), id, smallMediumEnterprise, reeferContainers);
        return "redirect:/console/aeo/assessments/" + id;
    }

    private String treePage(Model model, UUID id, @Nullable String refusal) {
        Actor a = actor.get();
        AssessmentView v = self.view(a, id);
        model.addAttribute("view", v);
        model.addAttribute("company", companyName(v.assessment()));
        model.addAttribute("tree", tree(v.criteria()));
        model.addAttribute("answersHere", answersHere(a, v.assessment()));
        model.addAttribute("reviewsHere", reviewsHere(a, v.assessment()));
        model.addAttribute("refusal", refusal);
        return "aeo/assessment";
    }

    static List<Branch> tree(List<AssessmentView.Node> nodes) {
        Map<String, List<AssessmentView.Node>> byParent = new HashMap<>();
        for (AssessmentView.Node n : nodes) {
            byParent.computeIfAbsent(String.valueOf(n.criterion().parentCode()), k -> new ArrayList<>())
                    .add(n);
        }
        return branches("null", byParent);
    }

    private static List<Branch> branches(String parent, Map<String, List<AssessmentView.Node>> byParent) {
        List<Branch> out = new ArrayList<>();
        for (AssessmentView.Node n : byParent.getOrDefault(parent, List.of())) {
            out.add(new Branch(n, branches(n.criterion().code(), byParent)));
        }
        return out;
    }

    // --- one criterion ----------------------------------------------------------------------

    @GetMapping("/assessments/{id}/criteria/{code}")
    String criterion(@PathVariable UUID id, @PathVariable String code, Model model) {
        return criterionPage(model, id, code, null, null, FieldErrors.none());
    }

    /**
     * The company's answer: status, narrative, justification, who is responsible, the library
     * evidence ticked, and optionally a new file, which joins the library and is cited at once.
     */
    @PostMapping("/assessments/{id}/criteria/{code}/answer")
    String answer(
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String narrative,
            @RequestParam(required = false) @Nullable String justification,
            @RequestParam(required = false) @Nullable String responsiblePerson,
            @RequestParam(required = false) @Nullable List<UUID> evidenceIds,
            @RequestParam(required = false) @Nullable String newTitle,
            @RequestParam(required = false) @Nullable String newEffectiveDate,
            @RequestParam(required = false) @Nullable String newExpiryDate,
            @RequestParam(required = false) @Nullable MultipartFile newFile,
            Model model)
            throws IOException {
        Actor a = actor.get();
        AnswerStatus parsed = parseStatus(status);
        AnswerForm form = new AnswerForm(parsed, narrative, justification, responsiblePerson);
        Set<UUID> cited = new LinkedHashSet<>(evidenceIds == null ? List.of() : evidenceIds);
        try {
            if (newFile != null && !newFile.isEmpty()) {
                Evidence added = library.addFile(
                        a,
                        newTitle == null ? "" : newTitle,
                        EvidenceLibraryPage.dates(newEffectiveDate, newExpiryDate),
                        EvidenceLibraryPage.name(newFile),
                        newFile.getInputStream());
                cited.add(added.id());
            }
            self.answer(
                    a,
                    id,
                    code,
                    new SelfAssessments.AnswerInput(
                            parsed, narrative, justification, responsiblePerson, List.copyOf(cited)));
            return "redirect:/console/aeo/assessments/" + id + "/criteria/" + code + "?saved";
        } catch (InvalidInputException e) {
            return criterionPage(model, id, code, form, cited, FieldErrors.of(e));
        }
    }

    @PostMapping("/assessments/{id}/criteria/{code}/comments")
    String comment(
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String body,
            Model model) {
        try {
            review.comment(actor.get(), id, code, body);
            return "redirect:/console/aeo/assessments/" + id + "/criteria/" + code + "#thread";
        } catch (InvalidInputException e) {
            return criterionPage(model, id, code, null, null, FieldErrors.none().add("body", FieldErrors.reason(e)));
        }
    }

    /** The officer's verdict on a criterion in this round; asking for clarification needs the question. */
    @PostMapping("/assessments/{id}/criteria/{code}/review")
    String verdict(
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable ReviewVerdict verdict,
            @RequestParam(required = false) @Nullable String comment,
            Model model) {
        try {
            review.review(actor.get(), id, code, verdict, comment);
            return "redirect:/console/aeo/assessments/" + id + "/criteria/" + code + "?reviewed";
        } catch (InvalidInputException e) {
            return criterionPage(model, id, code, null, null, FieldErrors.of(e));
        }
    }

    private String criterionPage(
            Model model,
            UUID id,
            String code,
            @Nullable AnswerForm typed,
            @Nullable Set<UUID> typedEvidence,
            FieldErrors errors) {
        Actor a = actor.get();
        AssessmentView v = self.view(a, id);
        AssessmentView.Node node = v.criteria().stream()
                .filter(n -> n.criterion().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new id.rantai.shared.NotFoundException("Criterion", code));
        Answer answer = node.answer();
        AnswerForm form = typed != null
                ? typed
                : answer == null
                        ? new AnswerForm(null, null, null, null)
                        : new AnswerForm(
                                answer.status(),
                                answer.narrative(),
                                answer.justification(),
                                answer.responsiblePerson());
        Set<UUID> cited = typedEvidence != null
                ? typedEvidence
                : answer == null ? Set.of() : new LinkedHashSet<>(answer.evidenceIds());
        boolean answers = answersHere(a, v.assessment()) && node.answerable();
        List<Pick> picks = new ArrayList<>();
        if (answers) {
            LocalDate today = library.today();
            for (Evidence e : library.list(a)) {
                picks.add(new Pick(e, e.expiryState(today, properties.expiryWarningDays()), cited.contains(e.id())));
            }
        }
        List<Comment> thread = v.assessment().round() == 0
                ? List.of()
                : review.comments(a, id).stream()
                        .filter(c -> c.code().equals(code))
                        .toList();
        model.addAttribute("view", v);
        model.addAttribute("node", node);
        model.addAttribute("children", childrenOf(v.criteria(), code));
        model.addAttribute("form", form);
        model.addAttribute(
                "statuses",
                List.of(AnswerStatus.MET, AnswerStatus.PARTLY_MET, AnswerStatus.NOT_MET, AnswerStatus.NOT_APPLICABLE));
        model.addAttribute("picks", picks);
        model.addAttribute("answersHere", answers);
        model.addAttribute("reviewsHere", reviewsHere(a, v.assessment()));
        // The company and its reviewing office discuss a criterion once the assessment has been submitted.
        model.addAttribute(
                "mayDiscuss",
                v.assessment().round() > 0
                        && (a.belongsTo(v.assessment().organisationId())
                                || (a.has(Role.CUSTOMS_OFFICER)
                                        && a.belongsTo(v.assessment().customsOfficeId()))));
        model.addAttribute("thread", thread);
        model.addAttribute("authors", authors(thread, v.assessment()));
        model.addAttribute("errors", errors);
        return "aeo/criterion";
    }

    private static List<AssessmentView.Node> childrenOf(List<AssessmentView.Node> nodes, String code) {
        return nodes.stream()
                .filter(n -> code.equals(n.criterion().parentCode()))
                .toList();
    }

    /** Each message's side: the company or customs, as the thread shows it. */
    private static Map<UUID, String> authors(List<Comment> thread, Assessment a) {
        Map<UUID, String> out = new LinkedHashMap<>();
        for (Comment c : thread) {
            out.put(c.id(), a.organisationId().equals(c.authorOrganisationId()) ? "company" : "customs");
        }
        return out;
    }

    // --- the review -------------------------------------------------------------------------

    @GetMapping("/assessments/{id}/review")
    String reviewPage(@PathVariable UUID id, Model model) {
        return reviewPage(model, id, FieldErrors.none());
    }

    @PostMapping("/assessments/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Boolean accept,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        try {
            if (accept == null) {
                throw new InvalidInputException("accept", "choose to accept or to return");
            }
            review.decide(actor.get(), id, accept, note);
            return "redirect:/console/aeo/assessments/" + id + "?decided";
        } catch (InvalidInputException e) {
            return reviewPage(model, id, FieldErrors.of(e));
        } catch (StateConflictException e) {
            return reviewPage(model, id, FieldErrors.none().add("decision", RefusalTexts.of(e)));
        }
    }

    /** One item as it read in the round before and in this one. */
    record SideBySide(
            CustomsReview.Change change,
            @Nullable RoundAnswer before,
            @Nullable RoundAnswer after) {}

    private String reviewPage(Model model, UUID id, FieldErrors errors) {
        Actor a = actor.get();
        AssessmentView v = self.view(a, id);
        Assessment as = v.assessment();
        List<SideBySide> changes = new ArrayList<>();
        Map<String, ReviewVerdict> verdicts = Map.of();
        if (as.round() >= 1) {
            CustomsReview.Round now = review.round(a, id, as.round());
            verdicts = now.reviews();
            if (as.round() >= 2) {
                CustomsReview.Round before = review.round(a, id, as.round() - 1);
                for (CustomsReview.Change c : review.changes(a, id)) {
                    changes.add(new SideBySide(c, find(before, c.code()), find(now, c.code())));
                }
            }
        }
        model.addAttribute("view", v);
        model.addAttribute("company", companyName(as));
        model.addAttribute("changes", changes);
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("reviewsHere", reviewsHere(a, as));
        model.addAttribute("errors", errors);
        return "aeo/review";
    }

    private static @Nullable RoundAnswer find(CustomsReview.Round round, String code) {
        return round.answers().stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    // --- who may do what here ---------------------------------------------------------------

    private static boolean answersHere(Actor a, Assessment x) {
        return a.belongsTo(x.organisationId())
                && (x.state() == AssessmentState.DRAFT || x.state() == AssessmentState.RETURNED);
    }

    private static boolean reviewsHere(Actor a, Assessment x) {
        return a.has(Role.CUSTOMS_OFFICER)
                && a.belongsTo(x.customsOfficeId())
                && x.state() == AssessmentState.SUBMITTED;
    }

    private String companyName(Assessment a) {
        return organisations.find(a.organisationId()).map(o -> o.name()).orElse("—");
    }

    /** An unknown or missing status is null here; the rules then refuse it beside the status field. */
    private static @Nullable AnswerStatus parseStatus(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return AnswerStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
