package id.rantai.identity.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.web.ConsolePage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout of every console page shows: who is signed in, for which organisation,
 * in which roles, and the navigation their roles open. A link is shown only where its page would
 * let the person in.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleLayout {
    private final CurrentActor actor;
    private final Organisations organisations;

    ConsoleLayout(CurrentActor actor, Organisations organisations) {
        this.actor = actor;
        this.organisations = organisations;
    }

    /** One navigation entry: a path and the message key of its label. */
    record NavItem(String path, String label) {
    }

    /** The signed-in person as the header shows them. */
    record Me(String username, String organisation, List<String> roles, List<NavItem> navigation) {
    }

    /** The page's own path, for the language links and the current navigation entry. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("me")
    Me me() {
        return actor.find().map(this::describe).orElse(null);
    }

    private Me describe(Actor a) {
        String organisation = a.organisationId() == null ? null
                : organisations.find(a.organisationId()).map(Organisation::name).orElse(null);
        List<String> roles = a.roles().stream().sorted().map(r -> "role." + r.name()).toList();
        return new Me(a.username(), organisation, roles, navigation(a));
    }

    static List<NavItem> navigation(Actor a) {
        List<NavItem> nav = new ArrayList<>();
        boolean watches = a.isAdmin() || a.isOfKind(OrganisationKind.CUSTOMS_OFFICE) || a.isOfKind(OrganisationKind.ESEAL_PROVIDER)
                || a.isOfKind(OrganisationKind.SERVICE_USER);
        if (watches) {
            nav.add(new NavItem("/console/map", "nav.map"));
            nav.add(new NavItem("/console/alerts", "nav.alerts"));
        }
        if (a.has(Role.ADMIN)) {
            nav.add(new NavItem("/swagger-ui.html", "nav.api"));
        }
        return nav;
    }
}
