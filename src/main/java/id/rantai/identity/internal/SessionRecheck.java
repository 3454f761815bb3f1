package id.rantai.identity.internal;

import id.rantai.identity.Actor;
import id.rantai.identity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session remembers who logged in; HTTP Basic asks the database on every request. So that
 * disabling a leaver or taking a role away takes effect at once for sessions too, each session
 * request reads its account again: a disabled account's session ends, changed roles replace the
 * session's.
 */
class SessionRecheck extends OncePerRequestFilter {
    private final JdbcUserAccounts users;
    private final boolean console;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionRecheck(JdbcUserAccounts users) {
        this(users, false);
    }

    /** @param console answer a page with the sign-in page (saying why) rather than a problem */
    SessionRecheck(JdbcUserAccounts users, boolean console) {
        this.users = users;
        this.console = console;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && request.getHeader("Authorization") == null
                && auth != null
                && auth.getPrincipal() instanceof AccountPrincipal p) {
            UserAccount account = users.findById(p.actor().userId())
                    .filter(UserAccount::enabled)
                    .orElse(null);
            if (account == null) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (console) {
                    response.sendRedirect(request.getContextPath() + "/signin?error=disabled");
                } else {
                    SecurityConfiguration.problem(
                            request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "refusal.accountDisabled");
                }
                return;
            }
            Set<Role> roles = account.roles();
            if (!roles.equals(p.actor().roles()) || !Objects.equals(account.language(), p.language())) {
                Actor a = p.actor();
                AccountPrincipal fresh = new AccountPrincipal(
                        new Actor(a.userId(), a.username(), a.organisationId(), a.organisationKind(), roles),
                        p.passwordHash(),
                        p.enabled(),
                        p.locked(),
                        p.failedLogins(),
                        account.language());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
