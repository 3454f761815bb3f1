package id.rantai.identity.web;

import id.rantai.identity.CurrentActor;
import id.rantai.shared.web.ConsolePage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the console's front door, which sends each person to their first page. */
@Controller
@ConsolePage
class SignInPage {
    private final CurrentActor actor;

    SignInPage(CurrentActor actor) {
        this.actor = actor;
    }

    @GetMapping("/signin")
    String signIn() {
        return "identity/signin";
    }

    @GetMapping("/")
    String home() {
        return actor.find()
                .map(ConsoleLayout::navigation)
                .filter(nav -> !nav.isEmpty())
                .map(nav -> "redirect:" + nav.get(0).path())
                .orElse("identity/home");
    }
}
