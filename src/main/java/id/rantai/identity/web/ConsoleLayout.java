package id.rantai.identity.web;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import id.rantai.identity.Organisation;
import id.rantai.identity.OrganisationKind;
import id.rantai.identity.Organisations;
import id.rantai.identity.Role;
import id.rantai.shared.ForbiddenException;
import id.rantai.shared.InvalidInputException;
import id.rantai.shared.NotFoundException;
import id.rantai.shared.StateConflictException;
import id.rantai.shared.web.ConsolePage;
import id.rantai.shared.web.RefusalTexts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the shared layout of every console page shows: who is signed in, for which organisation,
 * in which roles, and the navigation their roles open. A link is shown only where its page would
 * let the person in.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's problem+json answers, which cover every controller
class ConsoleLayout {
    private final CurrentActor actor;
    private final Organisations organisations;

    ConsoleLayout(CurrentActor actor, Organisations organisations) {
        this.actor = actor;
        this.organisations = organisations;
    }

    /** One navigation entry: a path and the message key of its label. */
    record NavItem(String path, String label) {}

    /** The signed-in person as the header shows them. */
    record Me(String username, String organisation, List<String> roles, List<NavItem> navigation) {}

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
        String organisation = a.organisationId() == null
                ? null
                : organisations.find(a.organisationId()).map(Organisation::name).orElse(null);
        List<String> roles =
                a.roles().stream().sorted().map(r -> "role." + r.name()).toList();
        return new Me(a.username(), organisation, roles, navigation(a));
    }

    /**
     * A refused or impossible request on a page is answered as a page in the layout, saying why in
     * the person's language — never a stack trace, never the API's JSON.
     */
    @ExceptionHandler({
        ForbiddenException.class,
        NotFoundException.class,
        StateConflictException.class,
        InvalidInputException.class
    })
    ModelAndView refused(RuntimeException e, jakarta.servlet.http.HttpServletRequest request) {
        HttpStatus status = e instanceof ForbiddenException
                ? HttpStatus.FORBIDDEN
                : e instanceof NotFoundException
                        ? HttpStatus.NOT_FOUND
                        : e instanceof StateConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("refused", status);
        page.addObject("me", me());
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("status", status.value());
        page.addObject("reason", "refused." + status.value());
        page.addObject("detail", RefusalTexts.of(e));
        return page;
    }

    static List<NavItem> navigation(Actor a) {
        List<NavItem> nav = new ArrayList<>();
        boolean watches = a.isAdmin()
                || a.isOfKind(OrganisationKind.CUSTOMS_OFFICE)
                || a.isOfKind(OrganisationKind.ESEAL_PROVIDER)
                || a.isOfKind(OrganisationKind.SERVICE_USER);
        if (watches) {
            nav.add(new NavItem("/console/map", "nav.map"));
            nav.add(new NavItem("/console/alerts", "nav.alerts"));
            nav.add(new NavItem("/console/trips", "nav.trips"));
            nav.add(new NavItem("/console/disruptions", "nav.disruptions"));
            nav.add(new NavItem("/console/norms", "nav.norms"));
        }
        if (a.has(Role.CUSTOMS_OFFICER) && a.isOfKind(OrganisationKind.CUSTOMS_OFFICE)) {
            nav.add(new NavItem("/console/settings/monitoring", "nav.settings"));
        }
        if (a.has(Role.PROVIDER_STAFF) && a.isOfKind(OrganisationKind.ESEAL_PROVIDER)) {
            nav.add(new NavItem("/console/seals", "nav.seals"));
            nav.add(new NavItem("/console/device-health", "nav.health"));
        }
        boolean company = a.isOfKind(OrganisationKind.SERVICE_USER) || a.isOfKind(OrganisationKind.ESEAL_PROVIDER);
        if (company) {
            nav.add(new NavItem("/console/training", "nav.training"));
        }
        if (company || (a.has(Role.CUSTOMS_OFFICER) && a.isOfKind(OrganisationKind.CUSTOMS_OFFICE))) {
            nav.add(new NavItem("/console/aeo", "nav.aeo"));
        }
        if (a.isOfKind(OrganisationKind.TRAINING_CENTRE)
                && (a.has(Role.TRAINING_STAFF) || a.has(Role.CERTIFICATION_HEAD))) {
            nav.add(new NavItem("/console/certification", "nav.certification"));
        }
        if (a.has(Role.ADMIN) || a.has(Role.ORG_ADMIN)) {
            nav.add(new NavItem("/console/admin/users", "nav.users"));
            nav.add(new NavItem("/console/webhooks", "nav.webhooks"));
        }
        if (a.has(Role.ADMIN)) {
            nav.add(new NavItem("/console/admin/organisations", "nav.organisations"));
            nav.add(new NavItem("/console/admin/jobs", "nav.jobs"));
        }

        if (a.has(Role.ADMIN)) {
            nav.add(new NavItem("/swagger-ui.html", "nav.api"));
        }
        return nav;
    }
}
