package id.rantai.certification.web;

import id.rantai.certification.CertificationAccess;
import id.rantai.certification.document.CentreLetterheads;
import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Role;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.FieldErrors;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The letterhead of the training centre's documents on the certification desk: what its certificates
 * and letters carry now, and — for the head — the form that sets the centre's own or goes back to the
 * deployment's. The same checks as {@code PUT /api/v1/certification/letterhead}, each refusal beside
 * its field.
 */
@Controller
@ConsolePage
@RequestMapping("/console/certification/letterhead")
class LetterheadPage {
    private final CentreLetterheads letterheads;
    private final CurrentActor actor;

    LetterheadPage(CentreLetterheads letterheads, CurrentActor actor) {
        this.letterheads = letterheads;
        this.actor = actor;
    }

    /** The form as typed: the lines one per line of the text area. */
    record LetterheadForm(
            @Nullable String lines,
            @Nullable String address,
            @Nullable String place,
            @Nullable String headPosition) {
        static LetterheadForm of(CentreLetterheads.Current c) {
            return new LetterheadForm(
                    String.join("\n", c.letterhead().lines()),
                    c.letterhead().address(),
                    c.letterhead().place(),
                    c.letterhead().headPosition());
        }

        List<String> lineList() {
            return lines == null || lines.isBlank()
                    ? List.of()
                    : Arrays.stream(lines.split("\r?\n"))
                            .filter(l -> !l.isBlank())
                            .toList();
        }
    }

    @GetMapping
    String show(Model model) {
        CentreLetterheads.Current current = letterheads.ofActor(actor.get());
        return page(model, current, LetterheadForm.of(current), FieldErrors.none(), null);
    }

    @PostMapping
    String set(@ModelAttribute LetterheadForm form, Model model) {
        Actor a = actor.get();
        try {
            CentreLetterheads.Current saved =
                    letterheads.set(a, form.lineList(), form.address(), form.place(), form.headPosition());
            return page(model, saved, LetterheadForm.of(saved), FieldErrors.none(), "saved");
        } catch (InvalidInputException e) {
            FieldErrors errors = FieldErrors.none();
            for (InvalidInputException finding : e.findings().isEmpty() ? List.of(e) : e.findings()) {
                // One text area holds every line: a line's refusal goes beside it, naming the line.
                String field = finding.field().startsWith("lines") ? "lines" : finding.field();
                errors.add(field, FieldErrors.reason(finding));
            }
            return page(model, letterheads.ofActor(a), form, errors, null);
        }
    }

    @PostMapping("/reset")
    String reset(Model model) {
        CentreLetterheads.Current current = letterheads.reset(actor.get());
        return page(model, current, LetterheadForm.of(current), FieldErrors.none(), "reset");
    }

    private String page(
            Model model,
            CentreLetterheads.Current current,
            LetterheadForm form,
            FieldErrors errors,
            @Nullable String done) {
        Actor a = actor.get();
        CertificationAccess.staff(a);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        model.addAttribute("mayChange", a.has(Role.CERTIFICATION_HEAD));
        return "certification/desk-letterhead";
    }
}
