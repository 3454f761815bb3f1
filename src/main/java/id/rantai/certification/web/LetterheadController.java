package id.rantai.certification.web;

import id.rantai.certification.document.CentreLetterheads;
import id.rantai.identity.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letterhead on the documents of the caller's training centre: read by its staff, set by its head. */
@RestController
@RequestMapping("/api/v1/certification/letterhead")
class LetterheadController {
    private final CentreLetterheads letterheads;
    private final CurrentActor actor;

    LetterheadController(CentreLetterheads letterheads, CurrentActor actor) {
        this.letterheads = letterheads;
        this.actor = actor;
    }

    /**
     * @param lines        from the ministry down to the centre, 1 to 5 lines of at most 120 characters; the last is printed largest
     * @param address      street, city and contact line under the letterhead, at most 300 characters
     * @param place        the city documents are signed in, at most 60 characters
     * @param headPosition the head's position as signed, at most 150 characters
     */
    record LetterheadBody(
            @Nullable @Size(max = 5) List<@Size(max = 120) String> lines,
            @Nullable @Size(max = 300) String address,
            @Nullable @Size(max = 60) String place,
            @Nullable @Size(max = 150) String headPosition) {}

    /**
     * @param own false while the centre prints the letterhead configured for the whole deployment
     */
    record LetterheadView(
            List<String> lines, @Nullable String address, String place, String headPosition, boolean own) {
        static LetterheadView of(CentreLetterheads.Current c) {
            return new LetterheadView(
                    c.letterhead().lines(),
                    c.letterhead().address(),
                    c.letterhead().place(),
                    c.letterhead().headPosition(),
                    c.own());
        }
    }

    /**
     * The letterhead the caller's training centre prints. Its own when its head has set one
     * ({@code own} true), else the one configured for the whole deployment. The centre's staff.
     */
    @GetMapping
    LetterheadView current() {
        return LetterheadView.of(letterheads.ofActor(actor.get()));
    }

    /**
     * Sets the letterhead of the caller's training centre. Its certificates, legalized copies and letters
     * then carry these lines, address and signing place. The head of the training centre; every field
     * that does not fit is listed in the problem's {@code errors}.
     */
    @PutMapping
    LetterheadView set(@Valid @RequestBody LetterheadBody body) {
        return LetterheadView.of(
                letterheads.set(actor.get(), body.lines(), body.address(), body.place(), body.headPosition()));
    }

    /**
     * Goes back to the deployment's letterhead. The centre's documents carry
     * {@code rantai.certification.letterhead} again. The head of the training centre.
     */
    @DeleteMapping
    LetterheadView reset() {
        return LetterheadView.of(letterheads.reset(actor.get()));
    }
}
